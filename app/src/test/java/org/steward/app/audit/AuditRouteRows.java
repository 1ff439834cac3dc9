package org.steward.app.audit;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The audit trail: administrators, and the DPO for reading it. */
class AuditRouteRows implements ExpectedRoutes {

  /** The readable trail: administrators and the data protection officer. */
  static final Set<Role> READERS = Set.of(Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /audit", READERS),
        Map.entry("GET /audit.csv", READERS),
        Map.entry("POST /audit/verify", ADMIN),
        Map.entry("GET /api/v1/audit/verify", ADMIN));
  }
}
