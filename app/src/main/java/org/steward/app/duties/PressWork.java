package org.steward.app.duties;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/** Press requests on the home page: every open one for the press office (overdue ones urgent), the author's own. */
@Component
class PressWork implements WorkWaiting {
  private final PressApprovals press;

  PressWork(PressApprovals press) {
    this.press = press;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem()) {
      return out;
    }
    if (actor.holds(Role.PRESS_OFFICER)) {
      for (PressRequest r : press.open()) {
        if (r.authorId() == actor.personId()) {
          continue;
        }
        boolean overdue = press.overdue(r);
        out.add(new WorkItem((overdue ? "Overdue: approve or refuse" : "Approve or refuse")
            + " the request to write for " + r.outlet() + " (deadline " + r.deadline() + ")",
            PressApprovals.link(r.id()), overdue ? Urgency.URGENT : Urgency.NORMAL, r.requestedAt()));
      }
    }
    for (PressRequest r : press.openOf(actor.personId())) {
      out.add(new WorkItem("Your request to write for " + r.outlet() + " waits for the press office",
          PressApprovals.link(r.id()), Urgency.LOW, r.requestedAt()));
    }
    return out;
  }
}
