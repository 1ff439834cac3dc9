package org.steward.app.notifications;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Notifications: everyone signed in. */
class NotificationRouteRows implements ExpectedRoutes {
  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /notifications", EVERY_ROLE),
        Map.entry("POST /notifications/read", EVERY_ROLE));
  }
}
