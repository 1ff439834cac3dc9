package org.steward.app.accounts;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/**
 * Official accounts (ACC-1..ACC-15): learners never, whatever other roles they hold
 * ({@link AccountAccess}); the accounts services then check the record (own request, managers)
 * and audit refusals.
 */
@Component
@Order(40)
class AccountRoutes implements RouteRules {
  /** Looked up on each request: the route rules are built with security, before the policies are. */
  private final org.springframework.beans.factory.ObjectProvider<AccountPolicy> policy;

  AccountRoutes(org.springframework.beans.factory.ObjectProvider<AccountPolicy> policy) {
    this.policy = policy;
  }

  @Override
  public String auditType() {
    return "account";
  }

  @Override
  public Set<String> segments() {
    return Set.of("accounts");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(POST, "/accounts/*/approve", "/accounts/*/reject",
            "/api/v1/accounts/*/approve", "/api/v1/accounts/*/reject")
        .access(AccountAccess.approvers(() -> policy.getObject().approverRolesAnywhere()))
        .requestMatchers("/accounts/*/set-up", "/accounts/import", "/api/v1/accounts/import")
        .access(AccountAccess.marketing())
        .requestMatchers(POST, "/accounts/*/checklist", "/accounts/*/close", "/accounts/*/suspend",
            "/accounts/*/reinstate", "/accounts/*/password", "/api/v1/accounts/*/set-up",
            "/api/v1/accounts/*/checklist", "/api/v1/accounts/*/close", "/api/v1/accounts/*/suspend",
            "/api/v1/accounts/*/reinstate", "/api/v1/accounts/*/password")
        .access(AccountAccess.marketing())
        .requestMatchers(GET, "/accounts", "/accounts/*", "/accounts/*/reveal", "/api/v1/accounts",
            "/api/v1/accounts/*", "/api/v1/accounts/*/similar")
        .access(AccountAccess.staff())
        .requestMatchers(POST, "/accounts", "/accounts/*/reveal", "/accounts/*/managers",
            "/accounts/*/managers/remove", "/accounts/*/posts", "/accounts/*/justify",
            "/accounts/*/closing", "/api/v1/accounts", "/api/v1/accounts/*/reveal",
            "/api/v1/accounts/*/posts", "/api/v1/accounts/*/closing", "/api/v1/accounts/*/managers",
            "/api/v1/accounts/*/managers/remove", "/api/v1/accounts/*/justify")
        .access(AccountAccess.staff());
  }
}
