package org.steward.app.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** The organisation for staff (learners have no use for the table), the directory for its readers. */
@Component
class PeopleNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    List<NavItem> items = new ArrayList<>();
    if (!actor.holds(Role.LEARNER)) {
      items.add(new NavItem("/organisation", "Organisation", 30));
    }
    if (actor.holdsAny(Role.ADMINISTRATOR, Role.HR, Role.HEAD_OF_UNIT, Role.SAFEGUARDING_LEAD,
        Role.DATA_PROTECTION_OFFICER)) {
      items.add(new NavItem("/people", "People", 50));
    }
    if (actor.holds(Role.ADMINISTRATOR)) {
      items.add(new NavItem("/people/import", "Import people", 51));
    }
    return items;
  }
}
