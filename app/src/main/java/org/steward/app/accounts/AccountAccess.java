package org.steward.app.accounts;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Route rules for the accounts pages, used by {@link AccountRoutes}: like {@code hasAnyRole}, but
 * a person who holds the learner role is refused whatever other roles they hold (ACC-6).
 */
final class AccountAccess {
  private AccountAccess() {}

  private static final Set<String> STAFF_ROLES = Set.of("ADMINISTRATOR", "MARKETING",
      "HEAD_OF_DIGITAL_MARKETING", "HEAD_OF_UNIT", "STAFF", "TUTOR", "SAFEGUARDING_LEAD", "HR",
      "PRESS_OFFICER", "DATA_PROTECTION_OFFICER");

  /** Any staff role, never a learner: the registry, requests, reveal (record checks follow). */
  static AuthorizationManager<RequestAuthorizationContext> staff() {
    return rule(STAFF_ROLES);
  }

  /**
   * Those who approve requests: the roles the packs in force name as approvers ({@code
   * accounts.approvers}; by default heads of school or service and the head of digital marketing),
   * read on each request so a new version takes effect at once. The service then checks the request.
   */
  static AuthorizationManager<RequestAuthorizationContext> approvers(
      java.util.function.Supplier<Set<org.steward.app.identity.Role>> roles) {
    return new AuthorizationManager<>() {
      @Override
      public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
          RequestAuthorizationContext context) {
        Set<String> names = new java.util.HashSet<>();
        roles.get().forEach(r -> names.add(r.name()));
        return new AuthorizationDecision(allowed(authentication.get(), names));
      }
    };
  }

  /** The marketing team and its head: set-up, vault upkeep, suspension, closing, import. */
  static AuthorizationManager<RequestAuthorizationContext> marketing() {
    return rule(Set.of("MARKETING", "HEAD_OF_DIGITAL_MARKETING"));
  }

  private static AuthorizationManager<RequestAuthorizationContext> rule(Set<String> roles) {
    return new AuthorizationManager<>() {
      @Override
      public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
          RequestAuthorizationContext context) {
        return new AuthorizationDecision(allowed(authentication.get(), roles));
      }
    };
  }

  static boolean allowed(Authentication auth, Set<String> roles) {
    if (auth == null || !auth.isAuthenticated()) {
      return false;
    }
    boolean any = false;
    for (GrantedAuthority g : auth.getAuthorities()) {
      String a = g.getAuthority();
      if ("ROLE_LEARNER".equals(a)) {
        return false;
      }
      if (a != null && a.startsWith("ROLE_") && roles.contains(a.substring(5))) {
        any = true;
      }
    }
    return any;
  }
}
