package org.steward.app.policies;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/**
 * Policies: reading them and confirming one's own for everyone signed in; uploading and reviews
 * for administrators (and a pack's owners, who are people, not a role: none in this fixture);
 * publishing reaches the service for every role but learners (a version that does not exist is
 * 404 before the owner check); the dashboard for administrators and heads of unit; a person's
 * record for administrators and HR (and the person); adoption and owners for administrators.
 */
class PolicyRouteRows implements ExpectedRoutes {
  static final Set<Role> NOT_LEARNER = EnumSet.complementOf(EnumSet.of(Role.LEARNER));
  static final Set<Role> ADMIN_OR_HR = EnumSet.of(Role.ADMINISTRATOR, Role.HR);
  static final Set<Role> DASHBOARD = EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_UNIT);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /policies", EVERY_ROLE),
        Map.entry("GET /policies/{packId}", EVERY_ROLE),
        Map.entry("GET /policies/{packId}/versions/{id}", EVERY_ROLE),
        Map.entry("GET /policies/{packId}/acknowledge", EVERY_ROLE),
        Map.entry("POST /policies/{packId}/acknowledge", EVERY_ROLE),
        Map.entry("GET /policies/people/{id}", ADMIN_OR_HR),
        Map.entry("GET /api/v1/policies", EVERY_ROLE),
        Map.entry("GET /api/v1/policies/{packId}", EVERY_ROLE),
        Map.entry("GET /api/v1/policies/{packId}/versions/{id}", EVERY_ROLE),
        Map.entry("POST /api/v1/policies/{packId}/acknowledgement", EVERY_ROLE),
        Map.entry("GET /policies/upload", ADMIN),
        Map.entry("POST /policies/upload", ADMIN),
        Map.entry("GET /policies/{packId}/acknowledgements", DASHBOARD),
        Map.entry("GET /api/v1/policies/{packId}/acknowledgements", DASHBOARD),
        Map.entry("POST /policies/{packId}/versions/{id}/publish", NOT_LEARNER),
        Map.entry("POST /policies/{packId}/versions/{id}/discard", NOT_LEARNER),
        Map.entry("POST /policies/{packId}/versions/{id}/summary", NOT_LEARNER),
        Map.entry("POST /policies/{packId}/review", ADMIN),
        Map.entry("POST /api/v1/policies", ADMIN),
        Map.entry("POST /api/v1/policies/{packId}/versions/{id}/publish", NOT_LEARNER),
        Map.entry("POST /policies/{packId}/adoptions", ADMIN),
        Map.entry("POST /policies/adoptions/end", ADMIN),
        Map.entry("POST /policies/{packId}/owners", ADMIN),
        Map.entry("POST /policies/{packId}/owners/{id}/remove", ADMIN),
        Map.entry("POST /api/v1/policies/{packId}/adoptions", ADMIN));
  }
}
