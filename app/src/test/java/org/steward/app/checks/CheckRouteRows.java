package org.steward.app.checks;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Check a post: everyone signed in. */
class CheckRouteRows implements ExpectedRoutes {

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /check", EVERY_ROLE),
        Map.entry("POST /check", EVERY_ROLE),
        Map.entry("POST /check/concern", EVERY_ROLE),
        Map.entry("POST /api/v1/checks", EVERY_ROLE));
  }
}
