package org.steward.app.duties;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Check my own post and press requests, for everyone signed in. */
@Component
class DutyNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return List.of(new NavItem("/self-check", "Check my own post", 11),
        new NavItem("/press-requests", "Writing for the media", 60));
  }
}
