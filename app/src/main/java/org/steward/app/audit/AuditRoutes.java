package org.steward.app.audit;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** The audit trail and its verification: administrators only. */
@Component
@Order(60)
class AuditRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "audit";
  }

  @Override
  public Set<String> segments() {
    return Set.of("audit", "audit.csv");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    // The readable trail for the data protection officer too (monitoring and access events).
    routes.requestMatchers(org.springframework.http.HttpMethod.GET, "/audit", "/audit.csv")
        .hasAnyRole("ADMINISTRATOR", "DATA_PROTECTION_OFFICER")
        .requestMatchers("/audit", "/audit/**", "/audit.csv", "/api/v1/audit/**").hasRole("ADMINISTRATOR");
  }
}
