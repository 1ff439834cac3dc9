package org.steward.app.privacy;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Data protection for the DPO; monitoring for those who may ask for it or approve it. */
class PrivacyRouteRows implements ExpectedRoutes {
  static final Set<Role> DPO = Set.of(Role.DATA_PROTECTION_OFFICER);
  static final Set<Role> MONITORING = Set.of(Role.HR, Role.SAFEGUARDING_LEAD, Role.DATA_PROTECTION_OFFICER,
      Role.HEAD_OF_DIGITAL_MARKETING, Role.ADMINISTRATOR);

  static final Set<Role> ASKERS = Set.of(Role.HR, Role.SAFEGUARDING_LEAD, Role.DATA_PROTECTION_OFFICER,
      Role.HEAD_OF_DIGITAL_MARKETING);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /privacy", DPO),
        Map.entry("POST /privacy/retention", DPO),
        Map.entry("GET /privacy/subject-access/new", DPO),
        Map.entry("POST /privacy/subject-access", DPO),
        Map.entry("GET /privacy/subject-access/{id}", DPO),
        Map.entry("GET /privacy/subject-access/{id}/export", DPO),
        Map.entry("GET /api/v1/subject-access/{id}/export", DPO),
        Map.entry("POST /privacy/subject-access/{id}/extend", DPO),
        Map.entry("POST /privacy/subject-access/{id}/complete", DPO),
        Map.entry("GET /privacy/people/{id}/erase", DPO),
        Map.entry("POST /privacy/people/{id}/erase", DPO),
        Map.entry("GET /privacy/monitoring", MONITORING),
        Map.entry("GET /privacy/monitoring/new", ASKERS),
        Map.entry("POST /privacy/monitoring", ASKERS),
        Map.entry("GET /privacy/monitoring/{id}", MONITORING),
        Map.entry("POST /privacy/monitoring/{id}/approve", MONITORING),
        Map.entry("POST /privacy/monitoring/{id}/refuse", MONITORING),
        Map.entry("POST /privacy/monitoring/{id}/looks", MONITORING));
  }
}
