package org.steward.app.policies;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.app.identity.Actor;
import org.steward.app.people.OrganisationService;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.PageChange;
import org.steward.app.web.NotFound;
import org.steward.engine.pack.PolicyPack;

/**
 * The policies pages: the packs in force and where, one pack (its document facts, clauses, rules,
 * settings, contacts and source), a version with the difference it makes, the upload, publishing,
 * acknowledging, the dashboard of who has confirmed, reviews, adoption and owners. Thin: every change
 * goes through the feature's services, which check the role and audit.
 */
@Controller
class PolicyPages {
  private final PoliciesInForce policies;
  private final PolicyViews views;
  private final PolicyGuards guards;
  private final PolicyLibrary library;
  private final PolicyPublishing publishing;
  private final PolicyAcknowledging acknowledging;
  private final PolicyReviews reviews;
  private final PolicyAdministration administration;
  private final OrganisationService organisation;

  PolicyPages(PoliciesInForce policies, PolicyViews views, PolicyGuards guards, PolicyLibrary library,
      PolicyPublishing publishing, PolicyAcknowledging acknowledging, PolicyReviews reviews,
      PolicyAdministration administration, OrganisationService organisation) {
    this.policies = policies;
    this.views = views;
    this.guards = guards;
    this.library = library;
    this.publishing = publishing;
    this.acknowledging = acknowledging;
    this.reviews = reviews;
    this.administration = administration;
    this.organisation = organisation;
  }

  @GetMapping("/policies")
  String list(Actor actor, Model model) {
    model.addAttribute("mine", policies.forActor(actor).orElse(null));
    model.addAttribute("waiting", acknowledging.waitingFor(actor).orElse(null));
    model.addAttribute("packs", views.listed());
    model.addAttribute("drafts", views.draftsFor(actor));
    model.addAttribute("canUpload", guards.mayUpload(actor));
    model.addAttribute("broken", guards.mayUpload(actor) ? library.broken() : List.of());
    model.addAttribute("directory", library.directory().orElse(null));
    return "policies/list";
  }

  /** One pack: the version in force (or, before any is, the latest its reader may see). */
  @GetMapping("/policies/{packId}")
  String show(@PathVariable String packId, Actor actor, Model model) {
    Optional<PolicyInForce> inForce = policies.byId(packId);
    List<PolicyVersion> all = views.versionsOf(actor, packId);
    PolicyVersion v = inForce.map(PolicyInForce::version).orElse(all.isEmpty() ? null : all.get(0));
    if (v == null) {
      throw new NotFound("There is no policy " + packId + ".");
    }
    PackReader.Read read = views.read(v);
    if (!read.ok()) {
      throw new NotFound("The policy " + packId + " no longer reads in this installation.");
    }
    PolicyPack pack = read.pack();
    model.addAttribute("pack", pack);
    model.addAttribute("version", v);
    model.addAttribute("inForce", inForce.isPresent());
    model.addAttribute("versions", all);
    model.addAttribute("where", policies.where(packId));
    model.addAttribute("owners", views.ownersById(packId));
    inForce.ifPresent(p -> {
      model.addAttribute("reviewBy", reviews.reviewBy(p));
      model.addAttribute("reviewOverdue", reviews.overdue(p));
      model.addAttribute("contacts", p.contacts());
      model.addAttribute("acknowledgedAt", acknowledging.acknowledgedAt(actor, p.versionId()).orElse(null));
    });
    model.addAttribute("mine", policies.forActor(actor).map(p -> p.packId().equals(packId)).orElse(false));
    model.addAttribute("settings", views.settings(pack));
    model.addAttribute("source", views.source(v));
    model.addAttribute("canManage", guards.mayManage(actor, packId));
    model.addAttribute("isAdmin", guards.administrator(actor));
    model.addAttribute("canSeeDashboard", guards.maySeeDashboard(actor, packId));
    model.addAttribute("units", organisation.units());
    model.addAttribute("audiences", PolicyViews.audiences(pack));
    model.addAttribute("now", Instant.now());
    return "policies/show";
  }

  @GetMapping("/policies/{packId}/versions/{id}")
  String version(@PathVariable String packId, @PathVariable long id, Actor actor, Model model) {
    PolicyVersion v = views.version(actor, packId, id);
    PackReader.Read read = views.read(v);
    model.addAttribute("version", v);
    model.addAttribute("read", read);
    model.addAttribute("pack", read.ok() ? read.pack() : null);
    model.addAttribute("comparedWith", views.comparedWith(v).orElse(null));
    model.addAttribute("difference", views.difference(v));
    model.addAttribute("publishedBy", views.name(v.publishedBy()));
    model.addAttribute("uploadedBy", views.name(v.uploadedBy()));
    model.addAttribute("supersedes", v.supersedesId() == null ? null : views.comparedWith(v).orElse(null));
    model.addAttribute("source", views.source(v));
    model.addAttribute("canManage", guards.mayManage(actor, packId));
    if (read.ok()) {
      model.addAttribute("summaries", PolicyViews.audiences(read.pack()).stream()
          .map(a -> new Summary(a, views.summary(v, read.pack(), a), (a == Audience.LEARNER ? v.summaryLearner() : v.summaryStaff()) != null))
          .toList());
    }
    return "policies/version";
  }

  /** A version's summary for one audience, and whether the owner wrote it. */
  record Summary(Audience audience, String text, boolean written) {
    public List<PlainSummary.Line> lines() {
      return PlainSummary.lines(text);
    }
  }

  @PostMapping("/policies/{packId}/versions/{id}/publish")
  String publish(@PathVariable String packId, @PathVariable long id, @RequestParam(defaultValue = "now") String when,
      @RequestParam(required = false) String enforceDate, @RequestParam(required = false) String enforceTime,
      @RequestParam(required = false) String reason, Actor actor, RedirectAttributes ra) {
    String back = "redirect:/policies/" + packId + "/versions/" + id;
    Instant from = null;
    if ("later".equals(when)) {
      try {
        LocalDate day = LocalDate.parse(enforceDate == null ? "" : enforceDate.strip());
        LocalTime time = enforceTime == null || enforceTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(enforceTime.strip());
        from = day.atTime(time).atZone(PolicyReviews.LONDON).toInstant();
      } catch (DateTimeParseException e) {
        ra.addFlashAttribute("problems", List.of(new FieldProblem("enforceDate", "Enter the day it comes into force, like 2027-09-01, and the time, like 09:00.")));
        return back;
      }
    }
    Instant enforce = from;
    return act(ra, back, () -> {
      PolicyVersion v = publishing.publish(actor, packId, id, enforce, reason);
      return v.enforcedFrom().isAfter(Instant.now()) ? "Published. It comes into force on "
          + PolicyReviews.DAY_TIME.format(v.enforcedFrom()) + "."
          : "Published and in force now. Everyone it is for has been asked to read and confirm it.";
    });
  }

  @PostMapping("/policies/{packId}/versions/{id}/discard")
  String discard(@PathVariable String packId, @PathVariable long id, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    return act(ra, "redirect:/policies/" + packId + "/versions/" + id, () -> {
      publishing.discard(actor, packId, id, reason);
      return "The draft is discarded. It is kept for the record and never enforced.";
    });
  }

  @PostMapping("/policies/{packId}/versions/{id}/summary")
  String summary(@PathVariable String packId, @PathVariable long id, @RequestParam(defaultValue = "staff") String audience,
      @RequestParam(required = false) String summary, Actor actor, RedirectAttributes ra) {
    Audience a = Audience.fromCode(audience).orElse(Audience.STAFF);
    return act(ra, "redirect:/policies/" + packId + "/versions/" + id, () -> {
      publishing.writeSummary(actor, packId, id, a, summary);
      return "The summary for " + a.label().toLowerCase() + " is saved.";
    });
  }

  @GetMapping("/policies/upload")
  String uploadForm(Actor actor, Model model) {
    requireUpload(actor);
    model.addAttribute("yaml", "");
    return "policies/upload";
  }

  @PostMapping("/policies/upload")
  String upload(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "yaml", required = false) String pasted, Actor actor, Model model, RedirectAttributes ra) {
    requireUpload(actor);
    String yaml = pasted == null ? "" : pasted;
    String name = "upload.yaml";
    try {
      if (file != null && !file.isEmpty()) {
        if (file.getSize() > PolicyPublishing.MAX_BYTES) {
          throw new InvalidInput("file", "The file is larger than 1 MB: a policy pack is much smaller.");
        }
        yaml = utf8(file.getBytes());
        name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? name
            : file.getOriginalFilename().replaceAll("[^A-Za-z0-9._-]", "_");
      }
      PolicyPublishing.Draft d = publishing.upload(actor, yaml, name);
      ra.addFlashAttribute("done", "Version " + d.version() + " of " + d.title() + " is stored as a draft. Compare it with"
          + " the version in force, then publish it.");
      return "redirect:/policies/" + d.packId() + "/versions/" + d.id();
    } catch (InvalidInput e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("yaml", file != null && !file.isEmpty() ? "" : yaml);
      return "policies/upload";
    } catch (java.io.IOException e) {
      model.addAttribute("problems", List.of(new FieldProblem("file", "The file could not be read. Choose it again.")));
      model.addAttribute("yaml", "");
      return "policies/upload";
    }
  }

  private void requireUpload(Actor actor) {
    if (!guards.mayUpload(actor)) {
      throw guards.refuse(actor, "policy-pack", "new", "open the upload page",
          "Only administrators and the owners of a policy can upload a policy.");
    }
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInput("file", "The file is not UTF-8 text: save it as UTF-8 and upload it again.");
    }
  }

  @GetMapping("/policies/{packId}/acknowledge")
  String acknowledgeForm(@PathVariable String packId, Actor actor, Model model) {
    PolicyInForce p = policies.byId(packId).orElseThrow(() -> new NotFound("There is no policy " + packId + " in force."));
    Optional<PolicyInForce> mine = policies.forActor(actor);
    Audience audience = PoliciesInForce.audienceOf(actor);
    if (!p.pack().metadata().audience().contains(audience.code())) {
      audience = PolicyViews.audiences(p.pack()).get(0);
    }
    model.addAttribute("policy", p);
    model.addAttribute("mine", mine.orElse(null));
    model.addAttribute("isMine", mine.map(m -> m.packId().equals(packId)).orElse(false));
    model.addAttribute("audience", audience);
    model.addAttribute("summary", PlainSummary.lines(views.summary(p.version(), p.pack(), audience)));
    model.addAttribute("acknowledgedAt", acknowledging.acknowledgedAt(actor, p.versionId()).orElse(null));
    model.addAttribute("contacts", p.contacts().stream().filter(c -> !c.is(actor)).toList());
    return "policies/acknowledge";
  }

  @PostMapping("/policies/{packId}/acknowledge")
  String acknowledge(@PathVariable String packId, Actor actor, RedirectAttributes ra) {
    PolicyInForce p = acknowledging.acknowledge(actor, packId);
    ra.addFlashAttribute("done", "Thank you: you have confirmed that you have read " + p.title() + " and will follow it.");
    return "redirect:/policies/" + packId + "/acknowledge";
  }

  @GetMapping("/policies/{packId}/acknowledgements")
  String dashboard(@PathVariable String packId, @RequestParam(required = false) Long unit, Actor actor, Model model) {
    model.addAttribute("dashboard", acknowledging.dashboard(actor, packId, unit));
    return "policies/dashboard";
  }

  @GetMapping("/policies/people/{id}")
  String person(@PathVariable long id, Actor actor, Model model) {
    model.addAttribute("record", acknowledging.recordOf(actor, id));
    return "policies/person";
  }

  @PostMapping("/policies/{packId}/review")
  String extendReview(@PathVariable String packId, @RequestParam(required = false) String reviewBy,
      @RequestParam(required = false) String reason, Actor actor, RedirectAttributes ra) {
    return act(ra, "redirect:/policies/" + packId, () -> {
      LocalDate date;
      try {
        date = reviewBy == null || reviewBy.isBlank() ? null : LocalDate.parse(reviewBy.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInput("reviewBy", "Enter the new review date like 2027-09-01.");
      }
      LocalDate to = reviews.extend(actor, packId, date, reason);
      return "The review is now due by " + PolicyReviews.DAY.format(to) + ". The decision is in the audit trail.";
    });
  }

  @PostMapping("/policies/{packId}/adoptions")
  String adopt(@PathVariable String packId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) List<String> audience, @RequestParam(required = false) String reason,
      Actor actor, RedirectAttributes ra) {
    List<Audience> chosen = new ArrayList<>();
    if (audience != null) {
      audience.forEach(a -> Audience.fromCode(a).ifPresent(chosen::add));
    }
    return act(ra, "redirect:/policies/" + packId, () -> {
      administration.adopt(actor, packId, unit, chosen, reason);
      return "Adopted. Everyone it now applies to has been asked to read and confirm it.";
    });
  }

  @PostMapping("/policies/adoptions/end")
  String endAdoption(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "staff") String audience,
      @RequestParam(required = false) String pack, @RequestParam(required = false) String reason, Actor actor,
      RedirectAttributes ra) {
    Audience a = Audience.fromCode(audience).orElse(Audience.STAFF);
    String back = pack == null || !pack.matches("[a-z0-9][a-z0-9.-]{0,79}") ? "redirect:/policies" : "redirect:/policies/" + pack;
    return act(ra, back, () -> {
      administration.endAdoption(actor, unit, a, reason);
      return "The adoption is ended: that unit now follows the policy of the unit above it.";
    });
  }

  @PostMapping("/policies/{packId}/owners")
  String nameOwner(@PathVariable String packId, @RequestParam(required = false) String owner, Actor actor,
      RedirectAttributes ra) {
    return act(ra, "redirect:/policies/" + packId, () ->
        administration.nameOwner(actor, packId, owner).displayName() + " is now an owner of this policy.");
  }

  @PostMapping("/policies/{packId}/owners/{id}/remove")
  String removeOwner(@PathVariable String packId, @PathVariable long id, Actor actor, RedirectAttributes ra) {
    return act(ra, "redirect:/policies/" + packId, () -> {
      administration.removeOwner(actor, packId, id);
      return "They are no longer an owner of this policy.";
    });
  }

  /** Runs a change and goes back, with what was done or what stopped it at the top of the page. */
  private static String act(RedirectAttributes ra, String back, java.util.function.Supplier<String> change) {
    return PageChange.thenBack(change, ra, back);
  }
}
