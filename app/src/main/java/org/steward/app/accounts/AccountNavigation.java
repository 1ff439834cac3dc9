package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Official accounts for every member of staff, never a learner (ACC-6); the import for marketing. */
@Component
class AccountNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (actor.holds(Role.LEARNER) || actor.grants().isEmpty()) {
      return items;
    }
    items.add(new NavItem("/accounts", "Accounts", 40));
    if (actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING)) {
      items.add(new NavItem("/accounts/import", "Import accounts", 41));
    }
    return items;
  }
}
