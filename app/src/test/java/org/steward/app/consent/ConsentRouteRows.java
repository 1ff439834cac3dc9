package org.steward.app.consent;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/**
 * The consent register: the link page for anyone (its token is the key); the register, reports
 * and API for those who run consent; do-not-publish for safeguarding; asking for consent and
 * takedowns for staff, never a learner.
 */
class ConsentRouteRows implements ExpectedRoutes {
  private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMINISTRATOR, Role.MARKETING,
      Role.HEAD_OF_DIGITAL_MARKETING, Role.DATA_PROTECTION_OFFICER, Role.SAFEGUARDING_LEAD);
  private static final Set<Role> SAFEGUARDING = EnumSet.of(Role.ADMINISTRATOR,
      Role.DATA_PROTECTION_OFFICER, Role.SAFEGUARDING_LEAD);
  private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.LEARNER));

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /consent/link/{token}", ANYONE),
        Map.entry("POST /consent/link/{token}", ANYONE),
        Map.entry("GET /consent", OFFICERS),
        Map.entry("GET /consent/people/{id}", OFFICERS),
        Map.entry("POST /consent/people/{id}/records", OFFICERS),
        Map.entry("POST /consent/records/{id}/withdraw", OFFICERS),
        Map.entry("GET /consent/records/{id}/evidence", OFFICERS),
        Map.entry("GET /consent/reports", OFFICERS),
        Map.entry("POST /consent/people/{id}/do-not-publish", SAFEGUARDING),
        Map.entry("POST /consent/people/{id}/do-not-publish/lift", SAFEGUARDING),
        Map.entry("POST /consent/people/{id}/link", STAFF),
        Map.entry("GET /consent/takedowns", STAFF),
        Map.entry("POST /consent/takedowns/{id}/done", STAFF),
        Map.entry("GET /api/v1/consents", OFFICERS),
        Map.entry("POST /api/v1/consents", OFFICERS),
        Map.entry("GET /api/v1/consents/{id}", OFFICERS),
        Map.entry("POST /api/v1/consents/{id}/withdraw", OFFICERS));
  }
}
