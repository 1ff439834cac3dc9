package org.steward.app.notifications;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** Each person's own notifications: anyone signed in. */
@Component
@Order(90)
class NotificationRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "notification";
  }

  @Override
  public Set<String> segments() {
    return Set.of("notifications");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/notifications").authenticated()
        .requestMatchers(POST, "/notifications/read").authenticated();
  }
}
