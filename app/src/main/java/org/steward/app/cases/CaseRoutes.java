package org.steward.app.cases;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.security.RouteRules;

/**
 * Report a concern: anyone, signed in or not (the page form with its CSRF token; the API without
 * a session at all). Cases: only the roles some case is routed to; which case each may read is
 * decided by its type in {@link CaseHandling}. Administrators are not among them (SAF-6).
 * Raising a concern through the API: anyone signed in.
 */
@Component
@Order(35)
class CaseRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "case";
  }

  @Override
  public Set<String> segments() {
    return Set.of("report", "reports", "cases");
  }

  @Override
  public Set<String> publicApi() {
    return Set.of("/api/v1/reports", "/api/v1/reports/**");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    String[] handlers = CaseType.caseHandlers().stream().map(Role::name).sorted().toArray(String[]::new);
    routes.requestMatchers(GET, "/report", "/report/follow").permitAll()
        .requestMatchers(POST, "/report", "/report/follow", "/report/follow/messages").permitAll()
        .requestMatchers(POST, "/api/v1/cases").authenticated()
        .requestMatchers(GET, "/cases", "/cases/*", "/api/v1/cases", "/api/v1/cases/*").hasAnyRole(handlers)
        .requestMatchers(POST, "/cases/*/*", "/api/v1/cases/*/*").hasAnyRole(handlers);
  }
}
