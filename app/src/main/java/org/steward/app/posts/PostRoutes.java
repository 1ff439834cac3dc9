package org.steward.app.posts;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/**
 * Posts: anyone signed in reaches the routes (learners help run accounts and write drafts); the
 * posts services then check every record (who runs the account, who may approve, who may publish)
 * and audit each refusal.
 */
@Component
@Order(45)
class PostRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "post";
  }

  @Override
  public Set<String> segments() {
    return Set.of("posts");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/posts", "/posts/new", "/posts/archive", "/posts/imports", "/posts/*", "/posts/*/edit",
            "/api/v1/posts", "/api/v1/posts/*", "/api/v1/posts/*/consent-requests")
        .authenticated()
        .requestMatchers(POST, "/posts", "/posts/check", "/posts/imports", "/api/v1/posts/imports", "/posts/*", "/posts/*/submit", "/posts/*/approve",
            "/posts/*/reject", "/posts/*/return", "/posts/*/publish", "/posts/*/address", "/posts/*/remove", "/posts/*/review",
            "/posts/*/concern",
            "/api/v1/posts", "/api/v1/posts/*/submit", "/api/v1/posts/*/approve", "/api/v1/posts/*/reject",
            "/api/v1/posts/*/return", "/api/v1/posts/*/publish", "/api/v1/posts/*/address",
            "/api/v1/posts/*/remove", "/posts/*/consent-requests", "/api/v1/posts/*/consent-requests")
        .authenticated()
        .requestMatchers(PUT, "/api/v1/posts/*").authenticated();
  }
}
