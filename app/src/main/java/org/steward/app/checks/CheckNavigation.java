package org.steward.app.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Check a post, for everyone. */
@Component
class CheckNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return List.of(new NavItem("/check", "Check a post", 10));
  }
}
