package org.steward.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages, forms and sign-in accept only the session. A request to them that also carries an
 * {@code Authorization} header is refused (400) rather than half-honoured: one request, one
 * authentication mechanism. The API takes HTTP Basic instead (see {@link StatelessRequests}).
 */
class AuthorizationHeaderRefusal extends OncePerRequestFilter {
  static final String REASON = "authorization-header";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (MachineRequests.hasAuthorizationHeader(request)) {
      request.setAttribute(AccessDeniedAudit.DENIED_BECAUSE, REASON);
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }
}
