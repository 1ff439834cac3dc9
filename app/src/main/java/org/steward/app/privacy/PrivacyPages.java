package org.steward.app.privacy;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.NotFound;
import org.steward.app.web.PageChange;

/** The data protection officer's pages: subject access, erasure, the retention schedule and disposal log. */
@Controller
class PrivacyPages {
  private final SubjectAccess subjectAccess;
  private final Erasure erasure;
  private final Retention retention;
  private final PrivacyTables tables;
  private final PeopleService people;

  PrivacyPages(SubjectAccess subjectAccess, Erasure erasure, Retention retention, PrivacyTables tables,
      PeopleService people) {
    this.subjectAccess = subjectAccess;
    this.erasure = erasure;
    this.retention = retention;
    this.tables = tables;
    this.people = people;
  }

  @GetMapping("/privacy")
  String overview(Actor actor, Model model) {
    model.addAttribute("requests", subjectAccess.list(actor));
    model.addAttribute("schedule", retention.schedule().periods());
    model.addAttribute("disposals", tables.disposals(20));
    return "privacy/overview";
  }

  @PostMapping("/privacy/retention")
  String applyRetention(Actor actor, RedirectAttributes flash) {
    int n = retention.apply().stream().mapToInt(Retention.Disposed::count).sum();
    flash.addFlashAttribute("message", "The retention schedule was applied: " + n + " record(s) disposed of.");
    return "redirect:/privacy";
  }

  @GetMapping("/privacy/subject-access/new")
  String newRequest(Model model) {
    model.addAttribute("subject", "");
    model.addAttribute("receivedOn", "");
    return "privacy/sar-new";
  }

  @PostMapping("/privacy/subject-access")
  String open(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String receivedOn,
      Actor actor, Model model, RedirectAttributes flash) {
    return PageChange.create(() -> subjectAccess.open(actor, subject, receivedOn), model, () -> {
      model.addAttribute("subject", subject);
      model.addAttribute("receivedOn", receivedOn);
      return "privacy/sar-new";
    }, flash, "The request is recorded. Its deadline is on this page and on your home page.",
        "/privacy/subject-access/");
  }

  @GetMapping("/privacy/subject-access/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    model.addAttribute("v", subjectAccess.get(actor, id));
    model.addAttribute("export", subjectAccess.export(actor, id));
    return "privacy/sar-show";
  }

  /** The readable export as a file to send to the person. */
  @GetMapping("/privacy/subject-access/{id}/export")
  String exportFile(@PathVariable long id, Actor actor, Model model, HttpServletResponse response) {
    model.addAttribute("export", subjectAccess.export(actor, id));
    response.setHeader("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".html\"");
    return "privacy/export";
  }

  @Operation(summary = "Everything Steward holds about the subject of a subject access request, feature by feature (Art. 15)")
  @GetMapping(value = "/api/v1/subject-access/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  SubjectExport exportJson(@PathVariable long id, Actor actor, HttpServletResponse response) {
    response.setHeader("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".json\"");
    return subjectAccess.export(actor, id);
  }

  @PostMapping("/privacy/subject-access/{id}/extend")
  String extend(@PathVariable long id, Actor actor, RedirectAttributes flash) {
    subjectAccess.extend(actor, id);
    flash.addFlashAttribute("message", "The deadline is extended to three months from receipt. Tell the person why within the first month.");
    return "redirect:/privacy/subject-access/" + id;
  }

  @PostMapping("/privacy/subject-access/{id}/complete")
  String complete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
    subjectAccess.complete(actor, id);
    flash.addFlashAttribute("message", "The request is marked as answered.");
    return "redirect:/privacy/subject-access/" + id;
  }

  @GetMapping("/privacy/people/{id}/erase")
  String confirmErase(@PathVariable long id, Actor actor, Model model) {
    Person p = people.get(actor, id).orElseThrow(() -> new NotFound("There is no person " + id + "."));
    model.addAttribute("person", p);
    model.addAttribute("erased", erasure.erased(id));
    return "privacy/erase";
  }

  @PostMapping("/privacy/people/{id}/erase")
  String erase(@PathVariable long id, @RequestParam(defaultValue = "") String confirm, Actor actor, Model model,
      RedirectAttributes flash) {
    if (!confirm.equals("yes")) {
      Person p = people.get(actor, id).orElseThrow(() -> new NotFound("There is no person " + id + "."));
      model.addAttribute("person", p);
      model.addAttribute("erased", erasure.erased(id));
      model.addAttribute("problems", java.util.List.of(new org.steward.app.web.FieldProblem("confirm",
          "Confirm that you want to erase this person's data: it cannot be undone")));
      return "privacy/erase";
    }
    int n = erasure.erase(actor, id);
    flash.addFlashAttribute("message", "Person " + id + " is erased: " + n + " record(s) changed in every feature.");
    return "redirect:/privacy";
  }
}
