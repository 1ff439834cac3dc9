package org.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after HTTP Basic in the stateless chain: there, an authenticated request can only have
 * been authenticated by the password in its own header, checked a moment ago. {@link RecentSignIn}
 * reads the mark; nothing else (a header's mere presence, a session) counts as a fresh sign-in.
 */
class PasswordCheckedMarker extends OncePerRequestFilter {
  private final Clock clock;

  PasswordCheckedMarker(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)
        && a.getPrincipal() instanceof StewardPrincipal p) {
      request.setAttribute(RecentSignIn.PASSWORD_CHECKED, new RecentSignIn.Proof(p.personId(),
          clock.instant()));
    }
    chain.doFilter(request, response);
  }
}
