package org.steward.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;

/**
 * Time limits (SAF-7): a case past its limit (triage for a new case, resolution otherwise; the
 * 72 hours of a personal-data breach) alerts the person it is assigned to and everyone it is
 * routed to, once per limit; the home page shows it as urgent until it is dealt with.
 */
@Component
class CaseAlerts {
  private final CaseStore store;
  private final CaseFiling filing;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  CaseAlerts(CaseStore store, CaseFiling filing, Notifications notifications, AuditTrail audit, Clock clock) {
    this.store = store;
    this.filing = filing;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** Alerts for every case newly past its limit; returns how many. */
  @Transactional
  int alertOverdue() {
    Instant now = clock.instant();
    int n = 0;
    for (CaseRecord c : store.overdueNotAlerted(now)) {
      List<Long> to = new ArrayList<>(filing.readers(c.type()));
      if (c.assignedTo() != null) {
        to.add(0, c.assignedTo());
      }
      String what = c.type() == CaseType.DATA_BREACH ? "The 72 hours to report breach " + c.reference()
          + " to the ICO have passed" : "Case " + c.reference() + " is past its time limit";
      notifications.notify(to, what, "/cases/" + c.id());
      store.markAlerted(c.id(), now);
      audit.record(Actor.SYSTEM, "case.overdue-alerted", "case", Long.toString(c.id()), null);
      n++;
    }
    return n;
  }
}
