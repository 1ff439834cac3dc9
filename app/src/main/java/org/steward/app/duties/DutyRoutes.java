package org.steward.app.duties;

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
 * The self-check and press requests: anyone signed in (staff and learners have the duties);
 * deciding a press request is for the press office. Each request is then checked against its
 * record (its author or the press office) by {@link PressApprovals}.
 */
@Component
@Order(60)
class DutyRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "duties";
  }

  @Override
  public Set<String> segments() {
    return Set.of("self-check", "press-requests");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(POST, "/press-requests/*/approve", "/press-requests/*/refuse",
            "/api/v1/press-requests/*/decision").hasRole(Role.PRESS_OFFICER.name())
        .requestMatchers(GET, "/self-check", "/self-check/assessment", "/press-requests",
            "/press-requests/new", "/press-requests/*", "/api/v1/press-requests").authenticated()
        .requestMatchers(POST, "/self-check", "/self-check/saved", "/self-check/saved/*/delete",
            "/self-check/assessment", "/press-requests", "/press-requests/*/comments",
            "/api/v1/press-requests").authenticated();
  }
}
