package org.steward.app.home;

import static org.springframework.http.HttpMethod.GET;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** The home page and "who am I": anyone signed in. */
@Component
@Order(1)
class HomeRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "home";
  }

  @Override
  public Set<String> segments() {
    return Set.of("me");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/", "/api/v1/me").authenticated();
  }
}
