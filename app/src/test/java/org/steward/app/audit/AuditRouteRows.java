package org.steward.app.audit;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The audit trail: administrators only. */
class AuditRouteRows implements ExpectedRoutes {

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /audit", ADMIN),
        Map.entry("POST /audit/verify", ADMIN),
        Map.entry("GET /api/v1/audit/verify", ADMIN));
  }
}
