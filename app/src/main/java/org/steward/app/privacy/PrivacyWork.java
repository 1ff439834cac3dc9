package org.steward.app.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * Data protection on the home page: the DPO's open subject access requests (urgent within a week
 * of the deadline or past it), and a monitoring request waiting for its second approver.
 */
@Component
class PrivacyWork implements WorkWaiting {
  static final int URGENT_DAYS = 7;

  private final SubjectAccess subjectAccess;
  private final Monitoring monitoring;

  PrivacyWork(SubjectAccess subjectAccess, Monitoring monitoring) {
    this.subjectAccess = subjectAccess;
    this.monitoring = monitoring;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem()) {
      return out;
    }
    if (actor.holds(Role.DATA_PROTECTION_OFFICER)) {
      for (SubjectAccess.View v : subjectAccess.open()) {
        String when = v.daysLeft() < 0 ? "was due on " + v.request().dueOn()
            : "is due on " + v.request().dueOn() + " (" + v.daysLeft() + (v.daysLeft() == 1 ? " day" : " days") + " left)";
        out.add(new WorkItem("Answer the subject access request of " + v.subjectName() + ": it " + when,
            "/privacy/subject-access/" + v.request().id(), v.daysLeft() <= URGENT_DAYS ? Urgency.URGENT : Urgency.NORMAL,
            v.request().openedAt()));
      }
    }
    for (MonitoringRequest r : monitoring.waitingFor(actor.personId())) {
      out.add(new WorkItem("Approve or refuse a request to monitor a personal account", Monitoring.link(r.id()),
          Urgency.NORMAL, r.requestedAt()));
    }
    return out;
  }
}
