package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.people.Role;
import org.steward.app.security.Actor;

/**
 * The home page's "what needs you now" for accounts: approvals waiting, set-ups, accounts at risk
 * (too few managers, dormant, suspended), passwords to change. Nothing for learners.
 */
@Component
public class AccountsNeeds {
  /** One line on the home page: a sentence and where to act. */
  public record Item(String text, String link) {}

  private final AccountService service;

  AccountsNeeds(AccountService service) {
    this.service = service;
  }

  public List<Item> forActor(Actor actor) {
    List<Item> out = new ArrayList<>();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      return out;
    }
    var a = service.attention(actor);
    for (Account x : a.waitingForMe()) {
      out.add(new Item("Approve or refuse the request for " + x.name(), "/accounts/" + x.id()));
    }
    for (Account x : a.toSetUp()) {
      out.add(new Item("Set up " + x.name() + ": both approvals are in", "/accounts/" + x.id()));
    }
    if (a.passwordsToChange() > 0) {
      out.add(new Item(plural(a.passwordsToChange(), "account needs", "accounts need")
          + " a new password after a manager left", "/accounts?status=active"));
    }
    for (Account x : a.tooFewManagers()) {
      out.add(new Item(x.name() + " has fewer than " + service.settingsMinManagers()
          + " staff managers", "/accounts/" + x.id()));
    }
    for (Account x : a.dormant()) {
      out.add(new Item(x.name() + " has gone quiet: close it or say why it stays",
          "/accounts/" + x.id()));
    }
    for (Account x : service.waitingRequestsOf(actor)) {
      out.add(new Item("Your request for " + x.name() + " is waiting for "
          + (service.approvalsOf(x.id()) == 0 ? "both approvals" : "its second approval"),
          "/accounts/" + x.id()));
    }
    for (Account x : a.suspended()) {
      out.add(new Item(x.name() + " is suspended with an open investigation", "/accounts/" + x.id()));
    }
    return out;
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
