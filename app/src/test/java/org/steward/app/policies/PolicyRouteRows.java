package org.steward.app.policies;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The policies in force: everyone signed in. */
class PolicyRouteRows implements ExpectedRoutes {

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /policies", EVERY_ROLE),
        Map.entry("GET /policies/{packId}", EVERY_ROLE),
        Map.entry("GET /api/v1/policies", EVERY_ROLE));
  }
}
