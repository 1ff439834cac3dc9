package org.steward.app.people;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** The directory for the roles that read it; imports for administrators; leaving for HR too. */
class PeopleRouteRows implements ExpectedRoutes {
  private static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.HR,
      Role.HEAD_OF_UNIT, Role.SAFEGUARDING_LEAD, Role.DATA_PROTECTION_OFFICER);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /organisation", EVERY_ROLE),
        Map.entry("GET /api/v1/units", EVERY_ROLE),
        Map.entry("GET /people", READERS),
        Map.entry("GET /people/{id}", READERS),
        Map.entry("POST /people/{id}/left", EnumSet.of(Role.ADMINISTRATOR, Role.HR)),
        Map.entry("GET /api/v1/people", READERS),
        Map.entry("GET /api/v1/people/{id}", READERS),
        Map.entry("GET /people/import", ADMIN),
        Map.entry("POST /people/import", ADMIN),
        Map.entry("POST /api/v1/people/import", ADMIN));
  }
}
