package org.steward.app.security;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Sign-in, the error page and the API description. */
class SecurityRouteRows implements ExpectedRoutes {

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /login", ANYONE),
        Map.entry("* /error", ANYONE),
        // OpenAPI description of the API (springdoc), for anyone signed in.
        Map.entry("GET /v3/api-docs", EVERY_ROLE),
        Map.entry("GET /v3/api-docs.yaml", EVERY_ROLE),
        Map.entry("GET /v3/api-docs/swagger-config", EVERY_ROLE),
        Map.entry("GET /swagger-ui.html", EVERY_ROLE));
  }
}
