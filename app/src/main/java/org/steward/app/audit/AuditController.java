package org.steward.app.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrators' view of the audit trail and its verification (web and API). */
@Controller
class AuditController {
  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss", Locale.UK).withZone(ZoneOffset.UTC);

  private final AuditEntries entries;
  private final AuditVerifier verifier;

  AuditController(AuditEntries entries, AuditVerifier verifier) {
    this.entries = entries;
    this.verifier = verifier;
  }

  @GetMapping("/audit")
  String list(@RequestParam(name = "type", defaultValue = "") String type,
      @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
    String objectType = type.strip();
    model.addAttribute("type", objectType);
    model.addAttribute("types", entries.objectTypes());
    model.addAttribute("entries", entries.page(objectType, Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("utc", WHEN);
    return "audit/list";
  }

  // POST: verifying can read the whole trail, so it is not something a link or prefetch starts.
  @PostMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("report", verifier.verify());
    return "audit/verify";
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "Verify the whole audit trail: intact, or the first broken entry")
  @GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
  @ResponseBody
  VerificationReport verifyApi() {
    return verifier.verify();
  }
}
