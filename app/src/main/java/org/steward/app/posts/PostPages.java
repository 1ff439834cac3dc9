package org.steward.app.posts;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.checks.Highlighter;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.PageChange;

/**
 * The posts pages: the list (waiting for me, to publish, my posts), compose and edit with the live
 * check (htmx, debounced), one post with its findings in place and the actions the viewer may take,
 * and the archive. Thin: every rule is in the services; problems come back on the page.
 */
@Controller
class PostPages {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final int IMAGE_SLOTS = 4;

  private final PostComposing composing;
  private final PostApproval approval;
  private final PostPublishing publishing;
  private final PostViews views;
  private final PostAccountRules rules;
  private final PeopleService people;
  private final PostImports imports;
  private final PostRescan rescan;
  private final org.steward.app.policies.PoliciesInForce policies;
  private final PostConsentRequests consentRequests;
  private final org.steward.app.cases.Concerns concerns;

  PostPages(PostComposing composing, PostApproval approval, PostPublishing publishing, PostViews views,
      PostAccountRules rules, PeopleService people, PostImports imports, PostRescan rescan,
      org.steward.app.policies.PoliciesInForce policies, PostConsentRequests consentRequests,
      org.steward.app.cases.Concerns concerns) {
    this.consentRequests = consentRequests;
    this.concerns = concerns;
    this.policies = policies;
    this.imports = imports;
    this.rescan = rescan;
    this.composing = composing;
    this.approval = approval;
    this.publishing = publishing;
    this.views = views;
    this.rules = rules;
    this.people = people;
  }

  @GetMapping("/posts")
  String list(Actor actor, Model model) {
    model.addAttribute("waiting", views.waitingFor(actor));
    model.addAttribute("toPublish", views.toPublish(actor));
    model.addAttribute("mine", views.mine(actor));
    model.addAttribute("canWrite", !views.writableAccounts(actor).isEmpty());
    return "posts/list";
  }

  @GetMapping("/posts/archive")
  String archive(@RequestParam(required = false) Long account, Actor actor, Model model) {
    model.addAttribute("lines", views.archive(actor, account));
    model.addAttribute("rescan", rescan.latest().orElse(null));
    return "posts/archive";
  }

  @GetMapping("/posts/imports")
  String importForm(Actor actor, Model model) {
    model.addAttribute("accounts", views.managedAccounts(actor));
    model.addAttribute("formats", PostImports.Format.values());
    model.addAttribute("problems", List.of());
    return "posts/import";
  }

  @PostMapping("/posts/imports")
  String importArchive(@RequestParam(required = false) Long account, @RequestParam(required = false) String format,
      @RequestParam(required = false) MultipartFile file, Actor actor, Model model) throws IOException {
    model.addAttribute("accounts", views.managedAccounts(actor));
    model.addAttribute("formats", PostImports.Format.values());
    model.addAttribute("chosenAccount", account);
    model.addAttribute("chosenFormat", format);
    try (var in = file == null || file.isEmpty() ? null : file.getInputStream()) {
      model.addAttribute("result", imports.importArchive(actor, account, format, in));
      model.addAttribute("problems", List.of());
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("detail", e.detail());
    }
    return "posts/import";
  }

  /** What the author typed, kept when the page comes back with problems. */
  record ComposeForm(Long account, String text, String scheduledFor, List<Slot> slots) {}

  /** One image slot of the form. */
  record Slot(int index, String altText, String rights, String people, String others) {}

  @GetMapping("/posts/new")
  String compose(@RequestParam(required = false) Long account, Actor actor, Model model) {
    List<PostingAccount> accounts = views.writableAccounts(actor);
    Long chosen = account != null ? account : accounts.size() == 1 ? accounts.get(0).id() : null;
    return form(model, actor, new ComposeForm(chosen, "", "", emptySlots()), null, List.of());
  }

  @GetMapping("/posts/{id}/edit")
  String edit(@PathVariable long id, Actor actor, Model model) {
    var v = views.view(actor, id);
    if (!v.mayChange()) {
      throw new IllegalTransition("Only the author changes a draft; this post is "
          + v.post().state().label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
    String when = v.post().scheduledFor() == null ? "" : LocalDateTime.ofInstant(v.post().scheduledFor(), LONDON)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    model.addAttribute("media", v.media());
    return form(model, actor, new ComposeForm(v.post().accountId(), v.post().text(), when, emptySlots()), id, List.of());
  }

  private String form(Model model, Actor actor, ComposeForm form, Long editing, List<FieldProblem> problems) {
    List<PostingAccount> accounts = views.writableAccounts(actor);
    model.addAttribute("form", form);
    model.addAttribute("accounts", accounts);
    model.addAttribute("editing", editing);
    model.addAttribute("problems", problems);
    model.addAttribute("rights", List.of(Rights.OWN, Rights.LICENSED, Rights.PERMISSION));
    Map<Long, List<String>> tags = new LinkedHashMap<>();
    accounts.forEach(a -> tags.put(a.id(), rules.of(a.id()).requiredTags()));
    model.addAttribute("tags", tags);
    Map<String, String> anchors = new LinkedHashMap<>();
    anchors.put("accountId", "account");
    anchors.put("media", "image-0");
    for (int i = 0; i < IMAGE_SLOTS; i++) {
      anchors.put("media[" + i + "].data", "image-" + i);
      anchors.put("media[" + i + "].mimeType", "image-" + i);
      anchors.put("media[" + i + "].altText", "alt-" + i);
      anchors.put("media[" + i + "].rights", "rights-" + i + "-own");
      anchors.put("media[" + i + "].people", "people-" + i);
      for (int j = 0; j < PostInput.MAX_PEOPLE; j++) {
        anchors.put("media[" + i + "].people[" + j + "]", "people-" + i);
        anchors.put("media[" + i + "].people[" + j + "].personId", "people-" + i);
        anchors.put("media[" + i + "].people[" + j + "].name", "others-" + i);
      }
    }
    model.addAttribute("anchors", anchors);
    // The policy's guidance where people act (GDE-1..GDE-6, issue #14): the guide clauses of the
    // policy in force for the author, in its words.
    model.addAttribute("guidance", policies.forActor(actor).map(p -> p.pack().clauses().stream()
        .filter(c -> c.id().startsWith("GDE-") && c.kinds().contains(org.steward.engine.pack.ClauseKind.GUIDE))
        .sorted(java.util.Comparator.comparing(org.steward.engine.pack.PolicyClause::id)).toList())
        .orElse(List.of()));
    return "posts/compose";
  }

  private static List<Slot> emptySlots() {
    List<Slot> out = new ArrayList<>();
    for (int i = 0; i < IMAGE_SLOTS; i++) {
      out.add(new Slot(i, "", "", "", ""));
    }
    return out;
  }

  @PostMapping("/posts")
  String create(@RequestParam Map<String, String> params,
      @RequestParam(name = "image", required = false) List<MultipartFile> files, Actor actor, Model model) {
    ComposeForm form = formOf(params);
    try {
      long id = composing.create(actor, draft(form, files, true));
      return "redirect:/posts/" + id;
    } catch (InvalidInput e) {
      return form(model, actor, form, null, e.problems());
    }
  }

  @PostMapping("/posts/{id}")
  String update(@PathVariable long id, @RequestParam Map<String, String> params,
      @RequestParam(name = "image", required = false) List<MultipartFile> files, Actor actor, Model model) {
    ComposeForm form = formOf(params);
    try {
      PostInput.Draft d = draft(form, files, false);
      composing.update(actor, id, new PostInput.Draft(null, d.text(), d.images(), d.scheduledFor()));
      return "redirect:/posts/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("media", views.view(actor, id).media());
      return form(model, actor, form, id, e.problems());
    }
  }

  /** The live check: the findings of what the author has typed so far, as a fragment of the page. */
  @PostMapping("/posts/check")
  String check(@RequestParam(required = false) Long account, @RequestParam(defaultValue = "") String text,
      Actor actor, Model model) {
    model.addAttribute("text", text);
    if (account == null || text.isBlank()) {
      model.addAttribute("empty", true);
      return "posts/live :: live";
    }
    try {
      PostCheck.Outcome outcome = composing.preview(actor, account, text, List.of());
      model.addAttribute("verdict", outcome.verdict());
      model.addAttribute("findings", outcome.findings());
      model.addAttribute("segments", segments(text, outcome.findings()));
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
    }
    return "posts/live :: live";
  }

  static List<Highlighter.Segment> segments(String text, List<StoredFinding> findings) {
    return Highlighter.spans(text, findings.stream().map(f -> new int[] {f.start(), f.end()}).toList());
  }

  @GetMapping("/posts/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    var v = views.view(actor, id);
    model.addAttribute("v", v);
    model.addAttribute("p", v.post());
    model.addAttribute("segments", segments(v.post().text(), v.post().findings()));
    model.addAttribute("reviewWaiting", v.mayRemove() && rescan.reviewWaiting(id));
    // Consent requests (issue #12, decision 0071): who pictured lacks consent, each with its request form.
    model.addAttribute("consentAsks", consentRequests.asks(actor, id));
    // Report a concern (issue #13, decision 0084): the form's choices.
    model.addAttribute("concernChoices", org.steward.app.cases.Concern.values());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "posts/show";
  }

  private String act(long id, RedirectAttributes ra, Runnable change, String done) {
    return PageChange.thenBack(change, done, ra, "redirect:/posts/" + id);
  }

  @PostMapping("/posts/{id}/submit")
  String submit(@PathVariable long id, Actor actor, RedirectAttributes ra) {
    return PageChange.thenBack(() -> {
      PostState s = approval.submit(actor, id);
      return s == PostState.SUBMITTED ? "Submitted: the approvers have been told."
          : s == PostState.SCHEDULED ? "Scheduled: no approval was needed." : "Approved: no approval was needed.";
    }, ra, "redirect:/posts/" + id);
  }

  @PostMapping("/posts/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(required = false) String note, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> approval.approve(actor, id, note), "Approved. The author and managers have been told.");
  }

  @PostMapping("/posts/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(required = false) String note, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> approval.reject(actor, id, note), "Rejected. The author has been told why.");
  }

  @PostMapping("/posts/{id}/return")
  String giveBack(@PathVariable long id, @RequestParam(required = false) String note, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> approval.returnForEdits(actor, id, note),
        "Returned to the author with your suggested edits.");
  }

  @PostMapping("/posts/{id}/publish")
  String publish(@PathVariable long id, Actor actor, RedirectAttributes ra) {
    return PageChange.thenBack(() -> switch (publishing.publish(actor, id)) {
      case PUBLISHED -> "Published.";
      case SCHEDULED -> "The platform did not answer: Steward tries again shortly.";
      case FAILED -> "It could not be published: the reason is below.";
      default -> "Ready: post it on the platform, then paste its address below.";
    }, ra, "redirect:/posts/" + id);
  }

  @PostMapping("/posts/{id}/address")
  String address(@PathVariable long id, @RequestParam(required = false) String url, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> publishing.recordAddress(actor, id, url), "Recorded: the post is in the archive.");
  }

  @PostMapping("/posts/{id}/review")
  String review(@PathVariable long id, @RequestParam(required = false) String outcome, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> rescan.review(actor, id, outcome), "Reviewed.");
  }

  @PostMapping("/posts/{id}/remove")
  String remove(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
      RedirectAttributes ra) {
    return act(id, ra, () -> publishing.remove(actor, id, reason), "Removed.");
  }

  // --- report a concern (issue #13) -------------------------------------------------------------

  /**
   * "Report a concern" about this post: the evidence (its text, platform address, stored findings,
   * the snapshot's SHA-256) is captured from the post itself by {@code cases.Concerns}; the page
   * says to whom it went, nothing of the case. Bad input comes back here (422), nothing opened.
   */
  @PostMapping("/posts/{id}/concern")
  String concern(@PathVariable long id, @RequestParam(defaultValue = "") String concern,
      @RequestParam(defaultValue = "") String summary, Actor actor, Model model, RedirectAttributes ra,
      jakarta.servlet.http.HttpServletResponse response) {
    String sent = org.steward.app.cases.RecordConcernForm.raise(concerns, actor, org.steward.app.cases.Subject.POST,
        id, concern, summary, "/posts/" + id, model, ra, response);
    if (sent != null) {
      return sent;
    }
    model.addAttribute("problems", org.steward.app.cases.RecordConcernForm.summary(model));
    return show(id, actor, model);
  }

  // --- the form ---------------------------------------------------------------------------------

  private static ComposeForm formOf(Map<String, String> p) {
    Long account = null;
    try {
      account = p.get("account") == null || p.get("account").isBlank() ? null : Long.valueOf(p.get("account").strip());
    } catch (NumberFormatException e) {
      account = -1L;
    }
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < IMAGE_SLOTS; i++) {
      slots.add(new Slot(i, p.getOrDefault("alt" + i, ""), p.getOrDefault("rights" + i, ""),
          p.getOrDefault("people" + i, ""), p.getOrDefault("others" + i, "")));
    }
    return new ComposeForm(account, p.getOrDefault("text", ""), p.getOrDefault("scheduledFor", ""), slots);
  }

  private PostInput.Draft draft(ComposeForm form, List<MultipartFile> files, boolean creating) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant when = null;
    if (form.scheduledFor() != null && !form.scheduledFor().isBlank()) {
      try {
        when = LocalDateTime.parse(form.scheduledFor().strip()).atZone(LONDON).toInstant();
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("scheduledFor", "Enter the date and time to publish, like 2 December 2026 09:30."));
      }
    }
    List<PostInput.NewImage> images = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < IMAGE_SLOTS; i++) {
      MultipartFile f = files != null && i < files.size() ? files.get(i) : null;
      Slot s = form.slots().get(i);
      boolean hasFile = f != null && !f.isEmpty();
      if (!hasFile) {
        if (!s.altText().isBlank() || !s.people().isBlank() || !s.others().isBlank()) {
          problems.add(new FieldProblem("media[" + i + "].data", "Choose the picture for image " + (i + 1)
              + ", or clear its description."));
        }
        continue;
      }
      any = true;
      byte[] bytes;
      try {
        bytes = f.getBytes();
      } catch (IOException e) {
        problems.add(new FieldProblem("media[" + i + "].data", "Image " + (i + 1) + " could not be read: try again."));
        continue;
      }
      List<PostInput.PictureRef> pictured = new ArrayList<>();
      for (String who : s.people().split(",")) {
        if (who.isBlank()) {
          continue;
        }
        Person person = people.lookUp(who.strip()).orElse(null);
        if (person == null) {
          problems.add(new FieldProblem("media[" + i + "].people", "Nobody in the directory has the username or"
              + " e-mail address '" + cut(who.strip()) + "': check it, or name them under others pictured."));
        } else {
          pictured.add(new PostInput.PictureRef(person.id(), null));
        }
      }
      for (String name : s.others().split("\\R")) {
        if (!name.isBlank()) {
          pictured.add(new PostInput.PictureRef(null, name.strip()));
        }
      }
      images.add(new PostInput.NewImage(bytes, f.getContentType(), s.altText(), s.rights(), pictured));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new PostInput.Draft(form.account(), form.text(), creating || any ? images : null, when);
  }

  private static String cut(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
