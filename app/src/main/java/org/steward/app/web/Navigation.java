package org.steward.app.web;

import java.util.ArrayList;
import java.util.List;
import org.steward.app.people.Role;
import org.steward.app.security.Actor;

/**
 * The main navigation for each role. Only pages a person may open are listed; the browser test
 * visits every entry for several roles and runs the accessibility checks on each.
 */
public final class Navigation {
  private Navigation() {}

  public static List<NavItem> forActor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    items.add(new NavItem("/", "Home"));
    items.add(new NavItem("/check", "Check a post"));
    items.add(new NavItem("/policies", "Policies"));
    items.add(new NavItem("/organisation", "Organisation"));
    // Official accounts: every member of staff; never a learner (ACC-6).
    if (!actor.holds(Role.LEARNER) && !actor.grants().isEmpty()) {
      items.add(new NavItem("/accounts", "Accounts"));
    }
    if (!actor.holds(Role.LEARNER)
        && actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING)) {
      items.add(new NavItem("/accounts/import", "Import accounts"));
    }
    if (actor.holdsAny(Role.ADMINISTRATOR, Role.HR, Role.HEAD_OF_UNIT, Role.SAFEGUARDING_LEAD,
        Role.DATA_PROTECTION_OFFICER)) {
      items.add(new NavItem("/people", "People"));
    }
    if (actor.holds(Role.ADMINISTRATOR)) {
      items.add(new NavItem("/people/import", "Import people"));
      items.add(new NavItem("/audit", "Audit trail"));
      items.add(new NavItem("/learning", "Model"));
    }
    items.add(new NavItem("/notifications", "Notifications"));
    return List.copyOf(items);
  }
}
