package org.steward.app.policies;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

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
 * Policies: reading them, acknowledging and the policy for oneself, for anyone signed in; managing
 * them (upload, publish, reviews, the dashboard) for staff roles only, never a learner, after which
 * the services check who owns the pack (owners are people, not a role: decision 0060); adoption and
 * owners for administrators.
 */
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
    routes.requestMatchers(POST, "/policies/*/adoptions", "/policies/adoptions/end", "/policies/*/owners",
            "/policies/*/owners/*/remove", "/api/v1/policies/*/adoptions")
        .hasRole("ADMINISTRATOR")
        .requestMatchers(GET, "/policies/upload", "/policies/*/acknowledgements", "/api/v1/policies/*/acknowledgements")
        .access(notLearner())
        .requestMatchers(POST, "/policies/upload", "/policies/*/versions/*/publish", "/policies/*/versions/*/discard",
            "/policies/*/versions/*/summary", "/policies/*/review", "/api/v1/policies",
            "/api/v1/policies/*/versions/*/publish")
        .access(notLearner())
        .requestMatchers(GET, "/policies", "/policies/*", "/policies/*/versions/*", "/policies/*/acknowledge",
            "/policies/people/*", "/api/v1/policies", "/api/v1/policies/*", "/api/v1/policies/*/versions/*")
        .authenticated()
        .requestMatchers(POST, "/policies/*/acknowledge", "/api/v1/policies/*/acknowledgement").authenticated();
  }

  /** Anyone signed in who does not hold the learner role. */
  static AuthorizationManager<RequestAuthorizationContext> notLearner() {
    return new AuthorizationManager<>() {
      @Override
      public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
          RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        boolean staff = false;
        if (auth != null && auth.isAuthenticated()) {
          for (GrantedAuthority g : auth.getAuthorities()) {
            String a = g.getAuthority();
            if ("ROLE_LEARNER".equals(a)) {
              return new AuthorizationDecision(false);
            }
            staff |= a != null && a.startsWith("ROLE_") && !"ROLE_ANONYMOUS".equals(a);
          }
        }
        return new AuthorizationDecision(staff);
      }
    };
  }
}
