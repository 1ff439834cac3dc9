package org.steward.app.policies;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** The policies in force, for everyone. */
@Component
class PolicyNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return List.of(new NavItem("/policies", "Policies", 20));
  }
}
