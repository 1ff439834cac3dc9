package org.steward.app.consent;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.accounts.Platform;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * The register's pages: the list of people with what is in force, one person's consent (record
 * a form, send a link, withdraw, do-not-publish), the evidence download and the reports.
 */
@Controller
class ConsentPages {
  private final ConsentRecording recording;
  private final ConsentLinks links;
  private final Withdrawals withdrawals;
  private final ConsentReports reports;
  private final ConsentDirectory directory;

  ConsentPages(ConsentRecording recording, ConsentLinks links, Withdrawals withdrawals,
      ConsentReports reports, ConsentDirectory directory) {
    this.recording = recording;
    this.links = links;
    this.withdrawals = withdrawals;
    this.reports = reports;
    this.directory = directory;
  }

  @GetMapping("/consent")
  String register(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
      Actor actor, Model model) {
    Map<Long, String> units = unitNames();
    model.addAttribute("rows", recording.register(actor, q, page, directory.everyone(), units));
    model.addAttribute("q", q);
    return "consent/register";
  }

  /** What the person typed in the consent form, kept when the page comes back with problems. */
  record ConsentForm(String givenBy, String giverName, String giverEmail, List<String> platforms,
      List<String> purposes, String givenOn, String validUntil, String dateOfBirth, String evidence,
      String note) {
    static ConsentForm empty() {
      return new ConsentForm("person", "", "", List.of(), List.of(), "", "", "", "form", "");
    }
  }

  @GetMapping("/consent/people/{id}")
  String person(@PathVariable long id, Actor actor, Model model) {
    return show(id, actor, model);
  }

  private String show(long id, Actor actor, Model model) {
    var view = recording.of(actor, id);
    model.addAttribute("view", view);
    model.addAttribute("unitName", unitNames().getOrDefault(view.person().unitId(), ""));
    model.addAttribute("minor", view.dateOfBirth() != null
        && java.time.Period.between(view.dateOfBirth(), LocalDate.now(java.time.ZoneOffset.UTC)).getYears() < 18);
    model.addAttribute("platforms", Platform.known());
    model.addAttribute("purposes", Purpose.values());
    model.addAttribute("mayProtect", ConsentAccess.safeguarding(actor));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", ConsentForm.empty());
    }
    Map<Long, List<Takedown>> tasks = new HashMap<>();
    view.withdrawals().forEach(w -> tasks.put(w.id(), withdrawals.tasksOf(w.id())));
    model.addAttribute("tasks", tasks);
    return "consent/person";
  }

  @PostMapping("/consent/people/{id}/records")
  String record(@PathVariable long id, @RequestParam(defaultValue = "") String givenBy,
      @RequestParam(defaultValue = "") String giverName, @RequestParam(defaultValue = "") String giverEmail,
      @RequestParam(required = false) List<String> platforms, @RequestParam(required = false) List<String> purposes,
      @RequestParam(defaultValue = "") String givenOn, @RequestParam(defaultValue = "") String validUntil,
      @RequestParam(defaultValue = "") String dateOfBirth, @RequestParam(defaultValue = "") String evidence,
      @RequestParam(defaultValue = "") String note, @RequestParam(name = "file", required = false) MultipartFile file,
      Actor actor, Model model, RedirectAttributes redirect) throws IOException {
    ConsentForm form = new ConsentForm(givenBy, giverName, giverEmail, platforms == null ? List.of() : platforms,
        purposes == null ? List.of() : purposes, givenOn, validUntil, dateOfBirth, evidence, note);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate given = date("givenOn", givenOn, "the day consent was given", problems);
    LocalDate until = date("validUntil", validUntil, "the end of the consent", problems);
    LocalDate dob = date("dateOfBirth", dateOfBirth, "the date of birth", problems);
    EvidenceUpload upload = file == null || file.isEmpty() ? null
        : new EvidenceUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    try {
      if (!problems.isEmpty()) {
        // Still ask the service, so every other bad field is named too; then show all of them.
        try {
          recording.validate(new NewConsent(id, givenBy, giverName, giverEmail, form.platforms(),
              form.purposes(), given, until, dob, evidence, note), upload, false);
        } catch (InvalidInput e) {
          problems.addAll(e.problems());
        }
        throw new InvalidInput(problems);
      }
      recording.record(actor, new NewConsent(id, givenBy, giverName, giverEmail, form.platforms(),
          form.purposes(), given, until, dob, evidence, note), upload);
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("anchors", Map.of("givenBy", "givenBy-person", "platforms", "platforms-all",
          "purposes", "purposes-photo", "evidence", "evidence-form"));
      model.addAttribute("form", form);
      return show(id, actor, model);
    }
    redirect.addFlashAttribute("done", "Consent recorded.");
    return "redirect:/consent/people/" + id;
  }

  private static LocalDate date(String field, String text, String what, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter " + what + " as a real date, like 2027-07-31"));
      return null;
    }
  }

  @PostMapping("/consent/people/{id}/link")
  String link(@PathVariable long id, @RequestParam(defaultValue = "") String givenBy,
      @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String back, Actor actor, Model model, RedirectAttributes redirect) {
    try {
      var sent = links.send(actor, id, new ConsentLinks.LinkRequest(givenBy, name, email));
      redirect.addFlashAttribute("done", sent.mailed() ? "Consent link sent to " + sent.to() + "."
          : "E-mail is not set up here: give this link to " + sent.to() + " yourself. It is shown only now.");
      redirect.addFlashAttribute("handOver", sent.linkToHandOver());
    } catch (InvalidInput e) {
      if (!ConsentAccess.officer(actor)) {
        redirect.addFlashAttribute("problems", e.problems());
        return "redirect:/consent/takedowns";
      }
      model.addAttribute("problems", e.problems());
      model.addAttribute("anchors", Map.of("givenBy", "link-givenBy-person", "name", "link-name",
          "email", "link-email"));
      return show(id, actor, model);
    }
    return ConsentAccess.officer(actor) ? "redirect:/consent/people/" + id : "redirect:/consent/takedowns";
  }

  @PostMapping("/consent/records/{id}/withdraw")
  String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor,
      Model model, RedirectAttributes redirect) {
    var record = recording.recordWithHistory(actor, id).getKey();
    try {
      long w = withdrawals.withdraw(actor, id, reason);
      int n = withdrawals.tasksOf(w).size();
      redirect.addFlashAttribute("done", "Consent withdrawn. " + (n == 0 ? "No post used it."
          : n + (n == 1 ? " takedown task was" : " takedown tasks were") + " opened."));
    } catch (InvalidInput e) {
      model.addAttribute("problems", List.of(new FieldProblem("reason-" + id, e.problems().get(0).message())));
      return show(record.personId(), actor, model);
    } catch (IllegalTransition e) {
      redirect.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
    }
    return "redirect:/consent/people/" + record.personId();
  }

  @PostMapping("/consent/people/{id}/do-not-publish")
  String doNotPublish(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor,
      Model model, RedirectAttributes redirect) {
    try {
      recording.setDoNotPublish(actor, id, reason);
    } catch (InvalidInput e) {
      model.addAttribute("problems", List.of(new FieldProblem("dnp-reason", e.problems().get(0).message())));
      return show(id, actor, model);
    }
    var w = withdrawals.takeDownEverything(actor, id);
    redirect.addFlashAttribute("done", "Marked do-not-publish. " + w.map(x -> withdrawals.tasksOf(x).size()
        + " use(s) to take down were sent to the accounts' managers.").orElse("No post uses them."));
    return "redirect:/consent/people/" + id;
  }

  @PostMapping("/consent/people/{id}/do-not-publish/lift")
  String lift(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor,
      Model model, RedirectAttributes redirect) {
    try {
      recording.clearDoNotPublish(actor, id, reason);
    } catch (InvalidInput e) {
      model.addAttribute("problems", List.of(new FieldProblem("lift-reason", e.problems().get(0).message())));
      return show(id, actor, model);
    } catch (IllegalTransition e) {
      redirect.addFlashAttribute("problems", List.of(new FieldProblem(null, e.getMessage())));
      return "redirect:/consent/people/" + id;
    }
    redirect.addFlashAttribute("done", "Do-not-publish lifted.");
    return "redirect:/consent/people/" + id;
  }

  @GetMapping("/consent/records/{id}/evidence")
  ResponseEntity<byte[]> evidence(@PathVariable long id, Actor actor) {
    var f = recording.evidence(actor, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(f.content());
  }

  @GetMapping("/consent/reports")
  String reports(Actor actor, Model model) {
    model.addAttribute("report", reports.report(actor));
    model.addAttribute("mayProtect", ConsentAccess.safeguarding(actor));
    return "consent/reports";
  }

  private Map<Long, String> unitNames() {
    Map<Long, String> out = new HashMap<>();
    directory.units().forEach(u -> out.put(u.id(), u.name()));
    return out;
  }
}
