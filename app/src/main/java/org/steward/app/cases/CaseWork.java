package org.steward.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;

/**
 * Cases on the home page of the people they are routed to: new cases to triage, overdue cases,
 * the 72-hour clock of each open personal-data breach, and cases assigned to them. Never what a
 * case says: the link leads to it.
 */
@Component
class CaseWork implements WorkWaiting {
  private final CaseHandling cases;
  private final Clock clock;

  CaseWork(CaseHandling cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    if (!CaseHandling.handles(actor)) {
      return List.of();
    }
    CaseHandling.Counts n = cases.counts(actor);
    Instant now = clock.instant();
    List<WorkItem> items = new ArrayList<>();
    if (n.fresh() > 0) {
      items.add(new WorkItem("Triage " + n.fresh() + (n.fresh() == 1 ? " new case" : " new cases")
          + (n.urgent() > 0 ? " (" + n.urgent() + " urgent)" : ""), "/cases",
          n.urgent() > 0 || n.overdue() > 0 ? WorkItem.Urgency.URGENT : WorkItem.Urgency.NORMAL, n.oldest()));
    }
    if (n.overdue() > 0) {
      items.add(new WorkItem(n.overdue() + (n.overdue() == 1 ? " case is" : " cases are") + " past its time limit",
          "/cases", WorkItem.Urgency.URGENT, null));
    }
    for (CaseRecord b : n.breaches()) {
      Instant deadline = b.awareAt().plus(CaseSettings.BREACH_CLOCK);
      items.add(new WorkItem("Decide on reporting breach " + b.reference() + " to the ICO: "
          + CaseHandling.left(deadline, now) + " of the 72 hours", "/cases/" + b.id(), WorkItem.Urgency.URGENT,
          b.awareAt()));
    }
    if (n.assignedToMe() > 0) {
      items.add(new WorkItem("Work on " + n.assignedToMe() + (n.assignedToMe() == 1 ? " case" : " cases")
          + " assigned to you", "/cases", WorkItem.Urgency.NORMAL, null));
    }
    if (items.isEmpty() && n.open() > 0) {
      items.add(new WorkItem("Follow " + n.open() + (n.open() == 1 ? " open case" : " open cases"), "/cases",
          WorkItem.Urgency.LOW, null));
    }
    return items;
  }
}
