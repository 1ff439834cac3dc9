package org.steward.app.home;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The home page and "who am I": everyone signed in. */
class HomeRouteRows implements ExpectedRoutes {
  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /", EVERY_ROLE),
        Map.entry("GET /api/v1/me", EVERY_ROLE));
  }
}
