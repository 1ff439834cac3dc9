package org.steward.app.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.checks.CheckRequest;
import org.steward.app.checks.CheckService;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.Unit;
import org.steward.app.people.UnitKind;
import org.steward.engine.Finding;
import org.steward.engine.Media;
import org.steward.engine.Result;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPack;

/**
 * Which pack and which rules apply to an account's posts: the one place that knows. The account
 * decides (its kind is official, its unit decides the pack, its required tags are added); the author
 * never picks a policy. Checks a post's text and images through {@link CheckService} and says
 * whether it needs an approval, why, and who may give it.
 */
@Component
class PostCheck {
  /** Why a post needs an approval, as the pack's {@code posts.approval.when} lists them. */
  static final String WHEN_REVIEW = "review";
  static final String WHEN_LEARNER = "learner";
  static final String WHEN_ACCOUNT = "account";
  static final String WHEN_ALWAYS = "always";

  private final CheckService checks;
  private final PostSettings settings;
  private final OrganisationService organisation;
  private final PostConsent consent;
  private final Clock clock;

  PostCheck(CheckService checks, PostSettings settings, OrganisationService organisation, PostConsent consent,
      Clock clock) {
    this.checks = checks;
    this.settings = settings;
    this.organisation = organisation;
    this.consent = consent;
    this.clock = clock;
  }

  /**
   * The engine's kind of account: the Group's and the colleges' own accounts are official; an
   * account of a school, department or service is departmental (CON-12: a "supplementary Group
   * account", whose posts tag the Group and the college).
   */
  String accountKind(PostingAccount account) {
    UnitKind kind = organisation.unit(account.unitId()).map(Unit::kind).orElse(UnitKind.SCHOOL);
    return kind == UnitKind.GROUP || kind == UnitKind.COLLEGE ? "official" : "departmental";
  }

  /** The check stored with a post: verdict, findings and the pack they cite. */
  record Outcome(String verdict, List<StoredFinding> findings, String packId) {
    boolean blocked() {
      return "block".equals(verdict);
    }

    boolean review() {
      return "review".equals(verdict);
    }
  }

  /**
   * One image as the check needs it: its alt text, whether its rights are declared and the people
   * of the directory pictured in it (for the consent gate).
   */
  record CheckedImage(String altText, boolean rightsDeclared, List<Long> pictured) {
    CheckedImage {
      pictured = List.copyOf(pictured);
    }

    CheckedImage(String altText, boolean rightsDeclared) {
      this(altText, rightsDeclared, List.of());
    }

    static CheckedImage of(PostMedia m) {
      return new CheckedImage(m.altText(), m.rights().declared(), m.people().stream()
          .map(PostMedia.Pictured::personId).filter(java.util.Objects::nonNull).toList());
    }
  }

  /**
   * Checks a post of {@code account} with these images (alt text, rights), against the pack in force
   * for the account, with the tags the account must carry.
   */
  Outcome check(PostingAccount account, String text, List<CheckedImage> images, List<String> requiredTags) {
    return check(account, text, images, requiredTags, clock.instant());
  }

  /** The same, judging the consent of the people pictured at {@code goesOut} (the schedule, or now). */
  Outcome check(PostingAccount account, String text, List<CheckedImage> images, List<String> requiredTags,
      Instant goesOut) {
    Request r = request(account, text, images, requiredTags, goesOut);
    CheckService.Outcome o = checks.check(Actor.SYSTEM, r.request(), r.media());
    return outcome(o.policy().pack(), o.result(), r.consentReasons());
  }

  /** A post to check in a batch: its account, text, images and the tags its account must carry. */
  record Item(PostingAccount account, String text, List<CheckedImage> images, List<String> requiredTags) {}

  /**
   * Checks many posts at once, now, on every processor (the archive re-scan): the same outcome for
   * each as {@link #check(PostingAccount, String, List, List)}, in the order of {@code items}.
   */
  List<Outcome> checkAll(List<Item> items) {
    Instant now = clock.instant();
    List<Request> requests = items.stream().map(i -> request(i.account(), i.text(), i.images(), i.requiredTags(), now)).toList();
    List<CheckService.Outcome> checked = checks.checkAll(Actor.SYSTEM, requests.stream().map(Request::request).toList(),
        requests.stream().map(Request::media).toList());
    List<Outcome> out = new ArrayList<>(checked.size());
    for (int i = 0; i < checked.size(); i++) {
      out.add(outcome(checked.get(i).policy().pack(), checked.get(i).result(), requests.get(i).consentReasons()));
    }
    return out;
  }

  /** What the engine is asked for one post, and who in its pictures lacks consent, and why. */
  private record Request(CheckRequest request, List<Media> media, List<String> consentReasons) {}

  private Request request(PostingAccount account, String text, List<CheckedImage> images, List<String> requiredTags,
      Instant goesOut) {
    List<Media> media = new ArrayList<>();
    List<String> consentReasons = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      CheckedImage m = images.get(i);
      // A picture with its alt text, as the engine's accessibility check reads it, and the people
      // in it without consent on this platform when the post goes out (decision 0063).
      PostConsent.Judged judged = consent.judge(m.pictured(), account.platform(), goesOut);
      consentReasons.addAll(judged.reasons());
      media.add(new Media("image " + (i + 1), m.rightsDeclared(), judged.withoutConsent(),
          judged.minorsWithoutGuardian(), true, m.altText()));
    }
    // The account's registry id makes the policy the one in force for its unit (issue #10).
    return new Request(new CheckRequest(text, "post", null,
        new CheckRequest.Account(accountKind(account), "staff", requiredTags, account.id()), account.platform()),
        media, consentReasons);
  }

  private static Outcome outcome(PolicyPack pack, Result r, List<String> consentReasons) {
    List<StoredFinding> findings = new ArrayList<>();
    Map<String, PolicyClause> clauses = pack.clausesById();
    for (Finding f : r.findings()) {
      PolicyClause c = clauses.get(f.clause());
      // The engine knows how many lack consent; the author needs to know who and why.
      String message = f.category().startsWith("consent.") && !consentReasons.isEmpty()
          ? f.message() + " " + String.join(" ", consentReasons) : f.message();
      findings.add(new StoredFinding(f.rule(), f.clause(), c == null ? "" : c.text(), f.category(), f.severity().id(), f.start(),
          f.end(), f.evidence(), message, f.suggestion()));
    }
    return new Outcome(r.verdict().id(), findings, pack.id());
  }

  /**
   * Why a post needs an approval (empty: it does not), from the pack's {@code posts.approval.when}:
   * a finding asks for a review, the author is a learner, the account's posts are always approved.
   */
  List<String> approvalReasons(PostingAccount account, boolean authorIsLearner, boolean accountRequires,
      Outcome check) {
    List<String> when = settings.approvalWhen(account.unitId());
    List<String> reasons = new ArrayList<>();
    if (when.contains(WHEN_ALWAYS)) {
      reasons.add("every post of this policy is approved");
    }
    if (when.contains(WHEN_REVIEW) && check.review()) {
      List<String> clauses = check.findings().stream().filter(f -> "review".equals(f.severity()))
          .map(StoredFinding::clause).distinct().toList();
      reasons.add("the check asks for a review (" + String.join(", ", clauses) + ")");
    }
    if (when.contains(WHEN_LEARNER) && authorIsLearner) {
      reasons.add("the author is a learner");
    }
    if (when.contains(WHEN_ACCOUNT) && accountRequires) {
      reasons.add("this account's posts are always approved");
    }
    return reasons;
  }

  /** The roles that may approve a post of this account (head-of-unit: the account's unit or above). */
  List<Role> approverRoles(PostingAccount account) {
    List<Role> out = new ArrayList<>();
    for (String code : settings.approvers(account.unitId())) {
      Role.fromCode(code).filter(r -> r != Role.LEARNER && !out.contains(r)).ifPresent(out::add);
    }
    return out;
  }
}
