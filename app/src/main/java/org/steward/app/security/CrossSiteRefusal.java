package org.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF guard of the stateless API. A browser that once answered the API's Basic challenge
 * sends those credentials again by itself, even when another site makes it post; so a changing
 * request that a browser marks as coming from another site ({@code Sec-Fetch-Site}, or an
 * {@code Origin} that is not this server) is refused before any password is checked. Scripts
 * send neither header and are not affected.
 */
class CrossSiteRefusal extends OncePerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final AccessDeniedHandler denied;

  CrossSiteRefusal(AccessDeniedHandler denied) {
    this.denied = denied;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
      denied.handle(request, response, new CsrfException("cross-site API request"));
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI o = URI.create(origin);
      int port = o.getPort() < 0 ? ("https".equalsIgnoreCase(o.getScheme()) ? 443 : 80) : o.getPort();
      return o.getHost() == null || !o.getHost().equalsIgnoreCase(request.getServerName())
          || port != request.getServerPort();
    } catch (IllegalArgumentException e) {
      return true; // "null" or garbage: not this server
    }
  }
}
