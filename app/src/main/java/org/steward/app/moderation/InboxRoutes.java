package org.steward.app.moderation;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/**
 * The inbox: any member of staff (never someone who holds the learner role) reaches the routes;
 * {@link InboxAccess} then decides by the account (its managers, marketing) or, for escalated
 * items, the safeguarding lead, and audits refusals.
 */
@Component
@Order(60)
class InboxRoutes implements RouteRules {
  @Override
  public String auditType() {
    return "moderation";
  }

  @Override
  public Set<String> segments() {
    return Set.of("moderation");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers("/moderation", "/moderation/**", "/api/v1/moderation/**").access(staff());
  }

  private static final Set<String> STAFF = java.util.Arrays.stream(org.steward.app.identity.Role.values())
      .filter(r -> r != org.steward.app.identity.Role.LEARNER).map(org.steward.app.identity.Role::authority)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static AuthorizationManager<RequestAuthorizationContext> staff() {
    return new AuthorizationManager<>() {
      @Override
      public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
          RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated()) {
          return new AuthorizationDecision(false);
        }
        boolean any = false;
        for (GrantedAuthority g : auth.getAuthorities()) {
          String a = g.getAuthority();
          if ("ROLE_LEARNER".equals(a)) {
            return new AuthorizationDecision(false);
          }
          // Staff roles only: the anonymous token is "authenticated" and carries ROLE_ANONYMOUS.
          any |= a != null && STAFF.contains(a);
        }
        return new AuthorizationDecision(any);
      }
    };
  }
}
