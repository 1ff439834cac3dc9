package org.steward.app.learning;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** Learning from the institution: moderators record decisions; only administrators see the model page, build candidates and switch or reject (LearningService checks again). */
@Component
@Order(70)
class LearningRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "learning";
  }

  @Override
  public Set<String> segments() {
    return Set.of("learning");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(POST, "/learning/decisions", "/api/v1/learning/decisions")
        .hasAnyRole("MARKETING", "HEAD_OF_DIGITAL_MARKETING", "SAFEGUARDING_LEAD", "ADMINISTRATOR")
        .requestMatchers(GET, "/learning").hasRole("ADMINISTRATOR")
        .requestMatchers(POST, "/learning/candidates", "/learning/models/*/switch",
            "/learning/models/*/reject").hasRole("ADMINISTRATOR");
  }
}
