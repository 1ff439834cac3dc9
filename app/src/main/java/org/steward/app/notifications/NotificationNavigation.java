package org.steward.app.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.web.NavItem;
import org.steward.app.web.NavigationEntries;

/** Each person's notifications. */
@Component
class NotificationNavigation implements NavigationEntries {
  @Override
  public List<NavItem> entriesFor(Actor actor) {
    return List.of(new NavItem("/notifications", "Notifications", 90));
  }
}
