package org.steward.app.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * The policies part of "What needs you now": the policy in force for the person, to read and confirm
 * (DOC-5); for its owners, marketing and administrators, a policy past its review date (DOC-1) until
 * a new version or a decision to extend it; for owners and administrators, drafts waiting to be
 * compared and published; for administrators, policy files that are not enforced.
 */
@Component
class PolicyWork implements WorkWaiting {
  private final PolicyAcknowledging acknowledging;
  private final PolicyReviews reviews;
  private final PolicyGuards guards;
  private final PolicyViews views;
  private final PolicyLibrary library;

  PolicyWork(PolicyAcknowledging acknowledging, PolicyReviews reviews, PolicyGuards guards, PolicyViews views,
      PolicyLibrary library) {
    this.acknowledging = acknowledging;
    this.reviews = reviews;
    this.guards = guards;
    this.views = views;
    this.library = library;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    acknowledging.waitingFor(actor).ifPresent(p -> out.add(new WorkItem("Read and confirm " + p.title()
        + " (version " + p.version().version() + "): it applies to you", "/policies/" + p.packId() + "/acknowledge",
        Urgency.NORMAL, p.version().enforcedFrom())));
    boolean marketing = actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING) && !actor.holds(Role.LEARNER);
    for (PolicyInForce p : reviews.overdue()) {
      if (marketing || guards.mayManage(actor, p.packId())) {
        LocalDate due = reviews.reviewBy(p);
        out.add(new WorkItem("Review " + p.title() + ": its review date (" + PolicyReviews.DAY.format(due)
            + ") has passed", "/policies/" + p.packId(), Urgency.URGENT,
            due.atStartOfDay(PolicyReviews.LONDON).toInstant()));
      }
    }
    for (PolicyVersion d : views.draftsFor(actor)) {
      out.add(new WorkItem("Compare and publish version " + d.version() + " of " + d.title(),
          "/policies/" + d.packId() + "/versions/" + d.id(), Urgency.NORMAL, d.uploadedAt()));
    }
    if (guards.administrator(actor) && !actor.isSystem()) {
      for (PolicyLibrary.FileProblems f : library.broken()) {
        out.add(new WorkItem("Fix the policy file " + f.file() + ": it is not enforced (" + f.problems().size()
            + (f.problems().size() == 1 ? " problem)" : " problems)"), "/policies", Urgency.URGENT, null));
      }
    }
    return out;
  }
}
