package org.steward.app.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;

/**
 * The consent part of "What needs you now": for account managers, the takedowns of their
 * accounts (urgent once overdue); for marketing, escalated takedowns; for the people who run
 * consent, consent about to end and learners about to turn 18.
 */
@Component
class ConsentWork implements WorkWaiting {
  private final Withdrawals withdrawals;
  private final ConsentDeadlines deadlines;
  private final java.time.Clock clock;

  ConsentWork(Withdrawals withdrawals, ConsentDeadlines deadlines, java.time.Clock clock) {
    this.withdrawals = withdrawals;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem() || !ConsentAccess.staff(actor)) {
      return out;
    }
    Instant now = clock.instant();
    for (var v : withdrawals.open(actor)) {
      Takedown t = v.task();
      boolean escalatedToMe = t.status() == Takedown.Status.ESCALATED && ConsentAccess.escalation(actor);
      if (!v.mayComplete() && !escalatedToMe) {
        continue;
      }
      out.add(new WorkItem((t.overdue(now) || escalatedToMe ? "Overdue: take down " : "Take down ")
          + "“" + t.title() + "” on " + v.accountName() + ": consent was withdrawn",
          "/consent/takedowns#takedown-" + t.id(), t.overdue(now) || escalatedToMe ? Urgency.URGENT
              : Urgency.NORMAL, t.openedAt()));
    }
    if (ConsentAccess.officer(actor)) {
      for (var d : deadlines.upcoming()) {
        out.add(new WorkItem(d.text(), "/consent/people/" + d.personId(), Urgency.NORMAL, null));
      }
    }
    return out;
  }
}
