package org.steward.app.consent;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.security.RouteRules;

/**
 * The consent register: the link page is public (its token is the only key); the register,
 * evidence, reports and API for the people who run consent; do-not-publish for safeguarding;
 * asking for consent and takedowns for staff (never a learner). The services check records too.
 */
@Component
@Order(45)
class ConsentRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "consent";
  }

  @Override
  public Set<String> segments() {
    return Set.of("consent", "consents");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers(GET, "/consent/link/*").permitAll()
        .requestMatchers(POST, "/consent/link/*").permitAll()
        .requestMatchers(POST, "/consent/people/*/do-not-publish", "/consent/people/*/do-not-publish/lift")
        .hasAnyRole(names(ConsentAccess.SAFEGUARDING))
        .requestMatchers(POST, "/consent/people/*/link", "/consent/takedowns/*/done").access(staff())
        .requestMatchers(GET, "/consent/takedowns").access(staff())
        .requestMatchers(GET, "/consent", "/consent/people/*", "/consent/records/*/evidence",
            "/consent/reports", "/api/v1/consents", "/api/v1/consents/*")
        .hasAnyRole(names(ConsentAccess.OFFICERS))
        .requestMatchers(POST, "/consent/people/*/records", "/consent/records/*/withdraw",
            "/api/v1/consents", "/api/v1/consents/*/withdraw")
        .hasAnyRole(names(ConsentAccess.OFFICERS));
  }

  private static String[] names(Role[] roles) {
    return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }

  /** Any staff role, never someone who holds the learner role. */
  private static AuthorizationManager<RequestAuthorizationContext> staff() {
    return (authentication, context) -> {
      var auth = authentication.get();
      if (auth == null || !auth.isAuthenticated()) {
        return new AuthorizationDecision(false);
      }
      boolean any = false;
      for (GrantedAuthority g : auth.getAuthorities()) {
        String a = g.getAuthority();
        if (Role.LEARNER.authority().equals(a)) {
          return new AuthorizationDecision(false);
        }
        any |= a != null && a.startsWith("ROLE_");
      }
      return new AuthorizationDecision(any);
    };
  }
}
