package org.steward.app.cases;

import io.swagger.v3.oas.annotations.Operation;
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

  /** A concern raised with its evidence: the text and its address, captured now. */
  record RaiseJson(String concern, String about, String summary, String text, String platformUrl, Long accountId) {}

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

  @Operation(summary = "Raise a concern about a post, comment, account, inbox item or conduct, with the evidence captured now")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Concerns.Raised raise(@RequestBody RaiseJson body, Actor actor) {
    Subject about = body.about() == null ? null : Subject.fromCode(body.about().trim()).orElse(null);
    if (about == null && body.about() != null && !body.about().isBlank()) {
      throw new InvalidInput("about", "Choose what the concern is about: post, comment, account, conduct, check or inbox");
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
