package org.steward.app.checks;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** Check a post: anyone signed in, staff and learners alike. */
@Component
@Order(20)
class CheckRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "check";
  }

  @Override
  public Set<String> segments() {
    return Set.of("check", "checks");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/check").authenticated()
        .requestMatchers(POST, "/check", "/check/concern", "/api/v1/checks").authenticated();
  }
}
