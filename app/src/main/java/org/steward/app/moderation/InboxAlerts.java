package org.steward.app.moderation;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;

/**
 * Overdue items (no first response by their target, SAF-7) alert the account's managers first,
 * then, after a further {@code inbox.marketing-after} of working time (the pack for the account's unit), the marketing team. Each alert is
 * sent once per item.
 */
@Service
class InboxAlerts {
  private final InboxItems items;
  private final AccountPosting accounts;
  private final PeopleService people;
  private final Notifications notifications;
  private final InboxPolicy policy;
  private final Clock clock;

  InboxAlerts(InboxItems items, AccountPosting accounts, PeopleService people, Notifications notifications,
      InboxPolicy policy, Clock clock) {
    this.items = items;
    this.accounts = accounts;
    this.people = people;
    this.notifications = notifications;
    this.policy = policy;
    this.clock = clock;
  }

  /** Sends the alerts due now; returns how many were sent. */
  @Transactional
  int alertOverdue() {
    Instant now = clock.instant();
    int sent = 0;
    for (InboxItem item : items.overdue(now, 2)) {
      var account = accounts.find(item.accountId()).orElse(null);
      String name = account == null ? "an account" : account.name();
      String link = "/moderation/items/" + item.id();
      if (item.alertLevel() == 0 && account != null) {
        notifications.notify(account.managers(), "A reply in the inbox of " + name + " is overdue for a response", link);
        items.alerted(item.id(), 1);
        items.history(item.id(), org.steward.app.identity.Actor.SYSTEM, "overdue", "Managers alerted", now);
        sent++;
      } else if (marketingDue(account == null ? null : account.unitId(), item, now)) {
        java.util.Set<Long> marketing = new java.util.LinkedHashSet<>(people.holders(Role.MARKETING));
        marketing.addAll(people.holders(Role.HEAD_OF_DIGITAL_MARKETING));
        notifications.notify(marketing, "A reply in the inbox of " + name + " is still waiting for a response", link);
        items.alerted(item.id(), 2);
        items.history(item.id(), org.steward.app.identity.Actor.SYSTEM, "overdue", "Marketing alerted", now);
        sent++;
      }
    }
    return sent;
  }

  /** Whether the further working time before marketing is alerted too has passed (the pack for the account's unit). */
  private boolean marketingDue(Long unitId, InboxItem item, Instant now) {
    InboxPolicy.Targets t = policy.targets(unitId);
    return now.isAfter(t.hours().plus(item.dueAt(), t.marketingAfter()));
  }
}
