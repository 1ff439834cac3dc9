package org.steward.app.learning;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Learning from the institution: moderators decide; administrators choose the model. */
class LearningRouteRows implements ExpectedRoutes {
  private static final Set<Role> MODERATORS = EnumSet.of(Role.MARKETING,
      Role.HEAD_OF_DIGITAL_MARKETING, Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("POST /learning/decisions", MODERATORS),
        Map.entry("POST /api/v1/learning/decisions", MODERATORS),
        Map.entry("GET /learning", ADMIN),
        Map.entry("POST /learning/candidates", ADMIN),
        Map.entry("POST /learning/models/{id}/switch", ADMIN),
        Map.entry("POST /learning/models/{id}/reject", ADMIN));
  }
}
