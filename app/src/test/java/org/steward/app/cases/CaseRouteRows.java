package org.steward.app.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/**
 * Reports: anyone, signed in or not. Cases: only the roles some case is routed to (never an
 * administrator, SAF-6); which case each may read is tested per type in {@code CaseAccessTests}.
 */
class CaseRouteRows implements ExpectedRoutes {
  static final Set<Role> HANDLERS = EnumSet.of(Role.SAFEGUARDING_LEAD, Role.DATA_PROTECTION_OFFICER, Role.HR,
      Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /report", ANYONE),
        Map.entry("POST /report", ANYONE),
        Map.entry("GET /report/follow", ANYONE),
        Map.entry("POST /report/follow", ANYONE),
        Map.entry("POST /report/follow/messages", ANYONE),
        Map.entry("POST /api/v1/reports", ANYONE),
        Map.entry("GET /api/v1/reports/{receipt}", ANYONE),
        Map.entry("POST /api/v1/reports/{receipt}/messages", ANYONE),
        Map.entry("POST /api/v1/cases", EVERY_ROLE),
        Map.entry("GET /api/v1/cases", HANDLERS),
        Map.entry("GET /api/v1/cases/{id}", HANDLERS),
        Map.entry("POST /api/v1/cases/{id}/notes", HANDLERS),
        Map.entry("POST /api/v1/cases/{id}/close", HANDLERS),
        Map.entry("GET /cases", HANDLERS),
        Map.entry("GET /cases/{id}", HANDLERS),
        Map.entry("POST /cases/{id}/triage", HANDLERS),
        Map.entry("POST /cases/{id}/assign", HANDLERS),
        Map.entry("POST /cases/{id}/notes", HANDLERS),
        Map.entry("POST /cases/{id}/requests", HANDLERS),
        Map.entry("POST /cases/{id}/replies", HANDLERS),
        Map.entry("POST /cases/{id}/prevent", HANDLERS),
        Map.entry("POST /cases/{id}/links", HANDLERS),
        Map.entry("POST /cases/{id}/suspend-account", HANDLERS),
        Map.entry("POST /cases/{id}/close", HANDLERS),
        Map.entry("POST /cases/{id}/reopen", HANDLERS));
  }
}
