package org.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Where {@link SignInThrottle} is asked before a password is checked: HTTP Basic and the sign-in form. */
final class ThrottleFilters {
  private ThrottleFilters() {}

  /** Before HTTP Basic: a throttled client or account name gets 429 and no password check. */
  static final class Basic extends OncePerRequestFilter {
    private final SignInThrottle throttle;

    Basic(SignInThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      Duration wait = throttle.waitBeforeTrying(SignInThrottle.clientOf(request), basicUser(request));
      if (!wait.isZero()) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many wrong passwords\","
            + "\"status\":429,\"detail\":\"Too many wrong passwords were tried. Wait "
            + wait.toSeconds() + " seconds and try again.\"}");
        return;
      }
      chain.doFilter(request, response);
    }

    static String basicUser(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
            StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null; // not base64: BasicAuthenticationFilter refuses it
      }
    }
  }

  /** Before the sign-in form: a throttled try goes back to the sign-in page with how long to wait. */
  static final class Form extends OncePerRequestFilter {
    private final SignInThrottle throttle;
    private final AuthenticationFailureHandler failure;

    Form(SignInThrottle throttle, AuthenticationFailureHandler failure) {
      this.throttle = throttle;
      this.failure = failure;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !("POST".equals(request.getMethod())
          && "/login".equals(MachineRequests.path(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      Duration wait = throttle.waitBeforeTrying(SignInThrottle.clientOf(request),
          request.getParameter("username"));
      if (!wait.isZero()) {
        failure.onAuthenticationFailure(request, response, new SignInThrottled(wait));
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
