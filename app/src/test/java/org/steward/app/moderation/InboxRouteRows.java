package org.steward.app.moderation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The inbox: every staff role reaches the routes, never a learner; the services then check the account. */
class InboxRouteRows implements ExpectedRoutes {
  private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.LEARNER));

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /moderation", STAFF),
        Map.entry("GET /moderation/accounts/{id}", STAFF),
        Map.entry("GET /moderation/items/{id}", STAFF),
        Map.entry("POST /moderation/items/{id}/reply", STAFF),
        Map.entry("POST /moderation/items/{id}/reply/approve", STAFF),
        Map.entry("POST /moderation/items/{id}/reply/return", STAFF),
        Map.entry("POST /moderation/items/{id}/assign", STAFF),
        Map.entry("POST /moderation/items/{id}/hide", STAFF),
        Map.entry("POST /moderation/items/{id}/resolve", STAFF),
        Map.entry("POST /moderation/items/{id}/concern", STAFF),
        Map.entry("GET /moderation/figures", STAFF),
        Map.entry("GET /api/v1/moderation/items", STAFF),
        Map.entry("GET /api/v1/moderation/items/{id}", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/reply", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/reply/approve", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/reply/return", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/assign", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/hide", STAFF),
        Map.entry("POST /api/v1/moderation/items/{id}/resolve", STAFF),
        Map.entry("GET /api/v1/moderation/figures", STAFF));
  }
}
