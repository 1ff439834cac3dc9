package org.steward.app.home;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Home, first in everyone's navigation. */
@Component
class HomeNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return List.of(new NavItem("/", "Home", 0));
  }
}
