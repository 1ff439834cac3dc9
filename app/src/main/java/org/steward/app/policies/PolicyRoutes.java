package org.steward.app.policies;

import static org.springframework.http.HttpMethod.GET;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** The policies in force: anyone signed in. */
@Component
@Order(30)
class PolicyRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "policy";
  }

  @Override
  public Set<String> segments() {
    return Set.of("policies");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/policies", "/policies/*", "/api/v1/policies").authenticated();
  }
}
