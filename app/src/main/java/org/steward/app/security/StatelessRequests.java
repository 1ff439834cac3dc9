package org.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API call authenticated by HTTP Basic neither uses nor creates a session: whatever session
 * cookie comes with it is ignored, so a session can never lend its sign-in (or its age, or its
 * CSRF exemption) to a request that brings other credentials. Code that tries to create a session
 * on such a request fails loudly instead of silently starting one.
 */
class StatelessRequests extends OncePerRequestFilter {
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // the error page of a stateless request is stateless too
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    chain.doFilter(new NoSession(request), response);
  }

  /** A request that has no session and cannot get one. */
  static class NoSession extends HttpServletRequestWrapper {
    NoSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("API calls with HTTP Basic credentials are stateless");
      }
      return null;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }

    @Override
    public String changeSessionId() {
      throw new IllegalStateException("API calls with HTTP Basic credentials are stateless");
    }
  }

  /**
   * A public API call ({@link RouteRules#publicApi()}): no session, and no credentials either,
   * whatever the caller sends, so nothing it carries can identify it to the feature.
   */
  static final class Anonymous extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      chain.doFilter(new NoSession(request) {
        @Override
        public String getHeader(String name) {
          return "authorization".equalsIgnoreCase(name) || "cookie".equalsIgnoreCase(name)
              ? null : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
          return "authorization".equalsIgnoreCase(name) || "cookie".equalsIgnoreCase(name)
              ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public jakarta.servlet.http.Cookie[] getCookies() {
          return null;
        }
      }, response);
    }
  }
}
