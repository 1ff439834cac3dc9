package org.steward.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.app.csv.CsvExport;
import org.steward.app.web.InvalidInput;

/**
 * The audit trail for administrators and the data protection officer: readable (names, plain
 * actions, links), filtered, exported as CSV; and its verification (web and API).
 */
@Controller
class AuditController {
  static final int PAGE_SIZE = 50;
  /** The most rows one CSV export holds; narrow the filter for more. */
  static final int CSV_MAX = 100_000;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss", Locale.UK).withZone(ZoneOffset.UTC);

  private final AuditReading reading;
  private final AuditVerifier verifier;

  AuditController(AuditReading reading, AuditVerifier verifier) {
    this.reading = reading;
    this.verifier = verifier;
  }

  @GetMapping("/audit")
  String list(@RequestParam(name = "who", defaultValue = "") String who,
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "type", defaultValue = "") String type,
      @RequestParam(name = "object", defaultValue = "") String object,
      @RequestParam(name = "from", defaultValue = "") String from,
      @RequestParam(name = "to", defaultValue = "") String to,
      @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
    var query = new AuditReading.Query(who, action, type.strip(), object, from, to);
    model.addAttribute("q", query);
    model.addAttribute("type", type.strip());
    model.addAttribute("types", reading.objectTypes());
    model.addAttribute("utc", WHEN);
    AuditFilter filter;
    try {
      filter = reading.filter(query);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      filter = AuditFilter.NONE;
    }
    model.addAttribute("onlyType", filter.onlyType());
    model.addAttribute("entries", reading.page(filter, Math.max(page, 0), PAGE_SIZE));
    return "audit/list";
  }

  // No "produces": a browser's link asks for text/html first; the file says what it is itself.
  @GetMapping("/audit.csv")
  org.springframework.http.ResponseEntity<String> csv(@RequestParam(name = "who", defaultValue = "") String who,
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "type", defaultValue = "") String type,
      @RequestParam(name = "object", defaultValue = "") String object,
      @RequestParam(name = "from", defaultValue = "") String from,
      @RequestParam(name = "to", defaultValue = "") String to) {
    AuditFilter filter = reading.filter(new AuditReading.Query(who, action, type, object, from, to));
    CsvExport out = CsvExport.withHeader("entry", "when_utc", "who_id", "who", "action", "what", "record_type",
        "record_id", "record", "reason");
    for (AuditReading.Row r : reading.page(filter, 0, CSV_MAX).items()) {
      AuditEntry e = r.entry();
      out.row(Long.toString(e.seq()), e.occurredAt().toString(), e.actorId() == null ? "" : e.actorId().toString(),
          r.who(), e.action(), r.what(), e.objectType(), e.objectId(), r.record(), e.erased() ? "(erased)" : e.reason());
    }
    return org.springframework.http.ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(out.toString());
  }

  // POST: verifying can read the whole trail, so it is not something a link or prefetch starts.
  @PostMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("report", verifier.verify());
    return "audit/verify";
  }

  @Operation(summary = "Verify the whole audit trail: intact, or the first broken entry")
  @GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
  @ResponseBody
  VerificationReport verifyApi() {
    return verifier.verify();
  }
}
