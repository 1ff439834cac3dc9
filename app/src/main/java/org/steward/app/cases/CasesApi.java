package org.steward.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * Cases through the API, for the people they are routed to (reading, notes, closing), and raising
 * a concern with its evidence for anyone signed in (the moderation inbox and other tools). The
 * same role and record checks and audit as the pages.
 */
@RestController
@RequestMapping(value = "/api/v1/cases", produces = {"application/json", "application/problem+json"})
@Tag(name = "Cases", description = "Cases routed to the safeguarding lead, the data protection officer, HR or marketing (SAF-4..SAF-8, ACC-12)")
class CasesApi {
  private final CaseHandling cases;
  private final Concerns concerns;
  private final Clock clock;

  CasesApi(CaseHandling cases, Concerns concerns, Clock clock) {
    this.cases = cases;
    this.concerns = concerns;
    this.clock = clock;
  }

  /**
   * A concern raised with its evidence. About a post or an inbox item in Steward: its id in
   * {@code recordId}, and the evidence is captured from the record itself (text and platformUrl
   * are then refused). About anything else (a post or account elsewhere, someone's conduct): the
   * text and its address as the caller saw them, captured now.
   */
  record RaiseJson(
      @Schema(description = "safeguarding concern code: bullying, safety, grooming, extremism, personal-data, conduct, impostor, account-misuse")
      String concern,
      @Schema(description = "post, comment, account, conduct, check or inbox")
      String about,
      String summary,
      @Schema(description = "the text seen elsewhere; not with recordId: Steward captures the record's own text")
      String text,
      @Schema(description = "its address on the platform; not with recordId")
      String platformUrl,
      @Schema(description = "with about=post or about=inbox: the post's or inbox item's id in Steward; the evidence"
          + " (text, platform URL, snapshot and its SHA-256, the findings stored with it) is captured from it now")
      Long recordId,
      Long accountId) {}

  record NoteJson(String text) {}

  record CloseJson(String outcome, String summary) {}

  @Operation(summary = "The cases routed to the caller (open ones, or all with closed=true); no contents")
  @GetMapping
  List<CaseHandling.CaseSummary> list(@RequestParam(defaultValue = "false") boolean closed, Actor actor,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return cases.list(actor, closed);
  }

  @Operation(summary = "One case with its history, for the people it is routed to (the view is audited)")
  @GetMapping("/{id}")
  CaseHandling.CaseView view(@PathVariable long id, Actor actor, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return cases.view(actor, id);
  }

  @Operation(summary = "Raise a concern about a post, comment, account, inbox item or conduct, with the evidence captured now",
      description = "With recordId (about=post or about=inbox) the evidence is read from that record in Steward at this"
          + " moment, by the same service as the post and inbox item pages: its text, platform URL, the findings stored"
          + " with it and the snapshot's SHA-256; the caller must be allowed to see the record (403 otherwise). The"
          + " answer says to whom the case was routed, never its contents.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Concerns.Raised raise(@RequestBody RaiseJson body, Actor actor) {
    Subject about = body.about() == null ? null : Subject.fromCode(body.about().trim()).orElse(null);
    if (about == null && body.about() != null && !body.about().isBlank()) {
      throw new InvalidInput("about", "Choose what the concern is about: post, comment, account, conduct, check or inbox");
    }
    if (body.recordId() != null || about == Subject.INBOX) {
      // From a record in Steward: its own evidence, never the caller's version of it.
      List<FieldProblem> problems = new java.util.ArrayList<>();
      if (body.text() != null && !body.text().isEmpty()) {
        problems.add(new FieldProblem("text", "Leave the text out: Steward captures it from the record itself"));
      }
      if (body.platformUrl() != null && !body.platformUrl().isBlank()) {
        problems.add(new FieldProblem("platformUrl", "Leave the address out: Steward captures it from the record itself"));
      }
      if (about != Subject.POST && about != Subject.INBOX) {
        problems.add(new FieldProblem("about", "A record in Steward is a post or an inbox item: about=post or about=inbox"));
      }
      if (!problems.isEmpty()) {
        if (body.recordId() == null) {
          problems.add(new FieldProblem("recordId", "Say which post or inbox item the concern is about"));
        }
        Concerns.raiseChecks(body.concern(), about, body.summary(), null, problems);
        throw new InvalidInput(problems);
      }
      return concerns.raiseAbout(actor, new Concerns.AboutRecord(body.concern(), about, body.recordId(),
          body.summary()));
    }
    String text = body.text() == null ? "" : body.text();
    String url = body.platformUrl() == null ? "" : body.platformUrl().strip();
    if (!url.isEmpty() && !Reports.webAddress(url)) {
      throw new InvalidInput("platformUrl", "Enter the address on the platform, starting with https://");
    }
    Evidence evidence = text.isEmpty() && url.isEmpty() ? null
        : Evidence.capture(text, about == null ? "" : about.code(), url, List.of(), clock.instant());
    return concerns.raise(actor, new Concerns.StaffConcern(body.concern(), about, body.summary(), evidence,
        body.accountId()));
  }

  @Operation(summary = "Add a note to a case")
  @PostMapping(value = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void note(@PathVariable long id, @RequestBody NoteJson body, Actor actor) {
    cases.note(actor, id, body.text());
  }

  @Operation(summary = "Close a case with its outcome")
  @PostMapping(value = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void close(@PathVariable long id, @RequestBody CloseJson body, Actor actor) {
    cases.close(actor, id, body.outcome(), body.summary());
  }
}
