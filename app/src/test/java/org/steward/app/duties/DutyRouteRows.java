package org.steward.app.duties;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The self-check and press requests: everyone signed in; deciding is for the press office. */
class DutyRouteRows implements ExpectedRoutes {
  static final Set<Role> PRESS = Set.of(Role.PRESS_OFFICER);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /self-check", EVERY_ROLE),
        Map.entry("POST /self-check", EVERY_ROLE),
        Map.entry("POST /self-check/saved", EVERY_ROLE),
        Map.entry("POST /self-check/saved/{id}/delete", EVERY_ROLE),
        Map.entry("GET /self-check/assessment", EVERY_ROLE),
        Map.entry("POST /self-check/assessment", EVERY_ROLE),
        Map.entry("GET /press-requests", EVERY_ROLE),
        Map.entry("GET /press-requests/new", EVERY_ROLE),
        Map.entry("POST /press-requests", EVERY_ROLE),
        Map.entry("GET /press-requests/{id}", EVERY_ROLE),
        Map.entry("POST /press-requests/{id}/comments", EVERY_ROLE),
        Map.entry("POST /press-requests/{id}/approve", PRESS),
        Map.entry("POST /press-requests/{id}/refuse", PRESS),
        Map.entry("GET /api/v1/press-requests", EVERY_ROLE),
        Map.entry("POST /api/v1/press-requests", EVERY_ROLE),
        Map.entry("POST /api/v1/press-requests/{id}/decision", PRESS));
  }
}
