package org.steward.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers in the session when the person last proved who they are: at an interactive sign-in
 * (password or OIDC) and when they confirm their password to reveal a secret. An API request with
 * HTTP Basic credentials proves it with the request itself.
 */
@Component
public class RecentSignIn {
  static final String ATTRIBUTE = "steward.signed-in-at";

  private final Clock clock;

  RecentSignIn(Clock clock) {
    this.clock = clock;
  }

  @EventListener
  void onSignIn(InteractiveAuthenticationSuccessEvent event) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      mark(attrs.getRequest());
    }
  }

  void mark(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, clock.instant());
  }

  /** When this request's person last signed in or confirmed their password, if known. */
  Instant signedInAt(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return clock.instant();
    }
    HttpSession s = request.getSession(false);
    return s != null && s.getAttribute(ATTRIBUTE) instanceof Instant t ? t : null;
  }
}
