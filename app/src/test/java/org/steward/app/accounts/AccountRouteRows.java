package org.steward.app.accounts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/** Official accounts: learners never, whatever else they hold; the services then check records. */
class AccountRouteRows implements ExpectedRoutes {
  private static final Set<Role> ACCOUNT_STAFF = EnumSet.complementOf(EnumSet.of(Role.LEARNER));
  private static final Set<Role> ACCOUNT_APPROVERS =
      EnumSet.of(Role.HEAD_OF_UNIT, Role.HEAD_OF_DIGITAL_MARKETING);
  private static final Set<Role> MARKETING =
      EnumSet.of(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);

  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /accounts", ACCOUNT_STAFF),
        Map.entry("GET /accounts/new", ACCOUNT_STAFF),
        Map.entry("POST /accounts", ACCOUNT_STAFF),
        Map.entry("GET /accounts/activity", ACCOUNT_STAFF),
        Map.entry("GET /accounts/export", ACCOUNT_STAFF),
        Map.entry("GET /accounts/{id}", ACCOUNT_STAFF),
        Map.entry("GET /accounts/{id}/reveal", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/reveal", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/managers", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/managers/remove", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/posts", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/justify", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/closing", ACCOUNT_STAFF),
        Map.entry("POST /accounts/{id}/approve", ACCOUNT_APPROVERS),
        Map.entry("POST /accounts/{id}/reject", ACCOUNT_APPROVERS),
        Map.entry("GET /accounts/{id}/set-up", MARKETING),
        Map.entry("POST /accounts/{id}/set-up", MARKETING),
        Map.entry("POST /accounts/{id}/checklist", MARKETING),
        Map.entry("POST /accounts/{id}/close", MARKETING),
        Map.entry("POST /accounts/{id}/suspend", MARKETING),
        Map.entry("POST /accounts/{id}/reinstate", MARKETING),
        Map.entry("POST /accounts/{id}/password", MARKETING),
        Map.entry("GET /accounts/import", MARKETING),
        Map.entry("POST /accounts/import", MARKETING),
        Map.entry("GET /api/v1/accounts", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts", ACCOUNT_STAFF),
        Map.entry("GET /api/v1/accounts/activity", ACCOUNT_STAFF),
        Map.entry("GET /api/v1/accounts/{id}", ACCOUNT_STAFF),
        Map.entry("GET /api/v1/accounts/{id}/similar", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/reveal", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/posts", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/closing", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/managers", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/managers/remove", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/justify", ACCOUNT_STAFF),
        Map.entry("POST /api/v1/accounts/{id}/reinstate", MARKETING),
        Map.entry("POST /api/v1/accounts/{id}/password", MARKETING),
        Map.entry("POST /api/v1/accounts/{id}/approve", ACCOUNT_APPROVERS),
        Map.entry("POST /api/v1/accounts/{id}/reject", ACCOUNT_APPROVERS),
        Map.entry("POST /api/v1/accounts/{id}/set-up", MARKETING),
        Map.entry("POST /api/v1/accounts/{id}/checklist", MARKETING),
        Map.entry("POST /api/v1/accounts/{id}/close", MARKETING),
        Map.entry("POST /api/v1/accounts/{id}/suspend", MARKETING),
        Map.entry("POST /api/v1/accounts/import", MARKETING));
  }
}
