package org.steward.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in person from the security context, for controllers. */
public final class CurrentActor {
  private CurrentActor() {}

  /** Returns the actor for this authentication; throws if nobody known is signed in. */
  public static Actor of(Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof StewardPrincipal p) {
      return Actor.of(p);
    }
    throw new org.springframework.security.access.AccessDeniedException("not signed in");
  }

  public static java.util.Optional<Actor> current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof StewardPrincipal p
        ? java.util.Optional.of(Actor.of(p)) : java.util.Optional.empty();
  }
}
