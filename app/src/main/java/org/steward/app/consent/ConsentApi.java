package org.steward.app.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;
import org.steward.app.web.InvalidInput;

/**
 * Consent records and their history for colleges that collect consent in their MIS (issue #12).
 * Errors are problem+json from the one error model: a refused role 403 (audited), bad fields 422
 * (every one named, nothing written), a withdrawal of a consent no longer active 409, no such
 * record 404.
 */
@RestController
@RequestMapping(value = "/api/v1/consents", produces = {"application/json", "application/problem+json"})
@Tag(name = "Consent register", description = "Consent records, history and withdrawal (CON-14, SAF-1, SAF-2, SAF-3)")
class ConsentApi {
  private final ConsentRecording recording;
  private final Withdrawals withdrawals;

  ConsentApi(ConsentRecording recording, Withdrawals withdrawals) {
    this.recording = recording;
    this.withdrawals = withdrawals;
  }

  /** A consent record as the API shows it; {@code platforms} empty means every platform. */
  record ConsentJson(long id, long personId, String givenBy, String giverName, List<String> platforms,
      List<String> purposes, Instant givenAt, LocalDate validUntil, String evidence, String status,
      Instant endedAt, boolean hasForm) {
    static ConsentJson of(ConsentRecord r) {
      return new ConsentJson(r.id(), r.personId(), r.givenBy().code(), r.giverName(),
          r.platforms().stream().sorted().toList(),
          r.purposes().stream().sorted().map(Purpose::code).toList(), r.givenAt(), r.validUntil(),
          r.evidence().code(), r.status().code(), r.endedAt(), r.hasFile());
    }
  }

  record HistoryJson(Long consentId, String action, String detail, String by, Instant at) {
    static HistoryJson of(HistoryEntry h) {
      return new HistoryJson(h.consentId(), h.action(), h.detail(), h.actorName(), h.at());
    }
  }

  record PersonConsentJson(long personId, String name, boolean doNotPublish, List<ConsentJson> records,
      List<HistoryJson> history) {}

  @GetMapping
  @Operation(summary = "A person's consent records (in force and ended), do-not-publish and history")
  PersonConsentJson list(@RequestParam(required = false) Long person, Actor actor) {
    if (person == null) {
      throw new InvalidInput("person", "Give the id of the person, e.g. ?person=12");
    }
    var v = recording.of(actor, person);
    return new PersonConsentJson(v.person().id(), v.person().displayName(), v.doNotPublish(),
        v.records().stream().map(ConsentJson::of).toList(),
        v.history().stream().map(HistoryJson::of).toList());
  }

  record RecordWithHistory(ConsentJson consent, List<HistoryJson> history) {}

  @GetMapping("/{id}")
  @Operation(summary = "One consent record with its history")
  RecordWithHistory get(@PathVariable long id, Actor actor) {
    var e = recording.recordWithHistory(actor, id);
    return new RecordWithHistory(ConsentJson.of(e.getKey()),
        e.getValue().stream().map(HistoryJson::of).toList());
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Record a consent collected in the MIS (evidence 'mis'); a form upload is on the person's page")
  ResponseEntity<ConsentJson> record(@RequestBody NewConsent body, Actor actor) {
    long id = recording.record(actor, body, null);
    return ResponseEntity.created(URI.create("/api/v1/consents/" + id))
        .body(ConsentJson.of(recording.recordWithHistory(actor, id).getKey()));
  }

  record WithdrawJson(String reason) {}

  record TakedownJson(long id, long accountId, String platform, String state, String title, String status,
      Instant deadline, String note) {}

  record WithdrawalJson(long withdrawalId, List<TakedownJson> takedowns) {}

  @PostMapping(value = "/{id}/withdraw", consumes = "application/json")
  @Operation(summary = "Withdraw a consent on the person's behalf: takedown tasks open for every use (SAF-2)")
  WithdrawalJson withdraw(@PathVariable long id, @RequestBody WithdrawJson body, Actor actor) {
    long w = withdrawals.withdraw(actor, id, body == null ? null : body.reason());
    return new WithdrawalJson(w, withdrawals.tasksOf(w).stream().map(t -> new TakedownJson(t.id(),
        t.accountId(), t.platform(), t.state().code(), t.title(), t.status().name().toLowerCase(java.util.Locale.ROOT),
        t.deadline(), t.note())).toList());
  }
}
