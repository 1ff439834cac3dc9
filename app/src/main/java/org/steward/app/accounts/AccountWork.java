package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * The accounts part of "What needs you now": approvals waiting, set-ups, accounts at risk (too few
 * managers, dormant, suspended), passwords to change, and the person's own requests. Nothing for
 * learners. Heads of school see the accounts of their units that have too few managers.
 */
@Component
class AccountWork implements WorkWaiting {
  private final AccountRegistry registry;

  AccountWork(AccountRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      return out;
    }
    var a = registry.attention(actor);
    for (Account x : a.waitingForMe()) {
      out.add(new WorkItem("Approve or refuse the request for " + x.name(), link(x), Urgency.NORMAL,
          x.requestedAt()));
    }
    for (Account x : a.toSetUp()) {
      int needed = registry.approvalsNeeded(x);
      out.add(new WorkItem("Set up " + x.name() + ": " + (needed == 2 ? "both approvals are in"
          : needed == 1 ? "its approval is in" : "all " + needed + " approvals are in"), link(x),
          Urgency.NORMAL, x.statusChangedAt()));
    }
    if (a.passwordsToChange() > 0) {
      out.add(new WorkItem(plural(a.passwordsToChange(), "account needs", "accounts need")
          + " a new password after a manager left", "/accounts?status=active", Urgency.URGENT, null));
    }
    for (Account x : a.tooFewManagers()) {
      out.add(new WorkItem(x.name() + " has fewer than " + registry.minManagers(x.unitId())
          + " staff managers", link(x), Urgency.URGENT, null));
    }
    for (Account x : a.dormant()) {
      out.add(new WorkItem(x.name() + " has gone quiet: close it or say why it stays", link(x),
          Urgency.NORMAL, x.dormantSince()));
    }
    for (Account x : registry.waitingRequestsOf(actor)) {
      out.add(new WorkItem("Your request for " + x.name() + " is waiting for "
          + waiting(registry.approvalsNeeded(x), registry.approvalsOf(x.id())),
          link(x), Urgency.LOW, x.requestedAt()));
    }
    for (Account x : a.suspended()) {
      out.add(new WorkItem(x.name() + " is suspended with an open investigation", link(x),
          Urgency.URGENT, x.statusChangedAt()));
    }
    return out;
  }

  private static String link(Account a) {
    return "/accounts/" + a.id();
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** "both approvals", "its second approval", "its approval", "2 more approvals". */
  private static String waiting(int needed, int given) {
    int left = needed - given;
    if (needed == 2) {
      return given == 0 ? "both approvals" : "its second approval";
    }
    if (left == 1) {
      return needed == 1 ? "its approval" : "its last approval";
    }
    return left + " more approvals";
  }
}
