package org.steward.app.policies;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Reviews (DOC-1): each version in force has a review date (its own {@code review-by}, or a recorded
 * decision to extend it, with a reason, audited). Its owners are told {@code policy.review-reminder}
 * before; once it has passed, the policy shows on the owners' and marketing's home pages until a new
 * version is in force or the review is extended.
 */
@Service
class PolicyReviews {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).withZone(LONDON);
  static final java.time.format.DateTimeFormatter DAY_TIME =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK).withZone(LONDON);

  private final PoliciesInForce policies;
  private final PolicyVersions versions;
  private final PolicyGuards guards;
  private final PeopleService people;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  PolicyReviews(PoliciesInForce policies, PolicyVersions versions, PolicyGuards guards, PeopleService people,
      Notifications notifications, AuditTrail audit, Clock clock) {
    this.policies = policies;
    this.versions = versions;
    this.guards = guards;
    this.people = people;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LONDON);
  }

  /** The review date of the version in force: an extension's, or the pack's own. */
  LocalDate reviewBy(PolicyInForce p) {
    return versions.extendedTo(p.versionId()).orElse(p.pack().metadata().reviewBy());
  }

  boolean overdue(PolicyInForce p) {
    return today().isAfter(reviewBy(p));
  }

  /** Every policy in force whose review date has passed. */
  List<PolicyInForce> overdue() {
    return policies.all().stream().filter(this::overdue).toList();
  }

  /** Records the decision to review {@code packId} later, on {@code newDate}, with the reason. */
  @Transactional
  public LocalDate extend(Actor actor, String packId, LocalDate newDate, String reason) {
    PolicyInForce p = policies.byId(packId).orElseThrow(() -> new NotFound("There is no policy " + packId + " in force."));
    guards.requireManage(actor, packId, "extend the review");
    List<FieldProblem> problems = new ArrayList<>();
    if (newDate == null || !newDate.isAfter(today())) {
      problems.add(new FieldProblem("reviewBy", "Choose the new review date: a day after today."));
    } else if (newDate.isAfter(today().plusYears(5))) {
      problems.add(new FieldProblem("reviewBy", "Choose a date within five years."));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Say why the review can wait, for example 'Governors asked for the review after the new ICT policy'."));
    } else if (reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "Use 2,000 characters or fewer for the reason."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    versions.lockState();
    versions.extendReview(p.versionId(), newDate, reason.strip(), actor.personId(), clock.instant());
    audit.record(actor, "policy.review-extended", "policy-version", Long.toString(p.versionId()),
        "to " + newDate + ": " + reason.strip());
    versions.bump();
    return newDate;
  }

  /** Tells owners of reviews coming up and of reviews overdue (once each); the review job. */
  @Transactional
  public int remind() {
    int sent = 0;
    LocalDate today = today();
    for (PolicyInForce p : policies.all()) {
      LocalDate due = reviewBy(p);
      Duration before = p.settings().duration(PolicyDeclarations.REVIEW_REMINDER).orElse(Duration.ofDays(30));
      List<Long> owners = owners(p.packId());
      if (today.isAfter(due)) {
        if (versions.recordReviewNotice(p.versionId(), due, "overdue", clock.instant())) {
          List<Long> told = new ArrayList<>(owners);
          told.addAll(people.holders(Role.MARKETING));
          told.addAll(people.holders(Role.HEAD_OF_DIGITAL_MARKETING));
          notifications.notify(told, p.title() + " is overdue for review (it was due on " + due + ")",
              "/policies/" + p.packId());
          sent++;
        }
      } else if (!today.plusDays(before.toDays()).isBefore(due)
          && versions.recordReviewNotice(p.versionId(), due, "due-soon", clock.instant())) {
        notifications.notify(owners, p.title() + " is due for review on " + due, "/policies/" + p.packId());
        sent++;
      }
    }
    return sent;
  }

  List<Long> owners(String packId) {
    return policies.snapshot().owners().stream().filter(o -> o.packId().equals(packId))
        .map(PolicyAdoptions.Owner::personId).toList();
  }
}
