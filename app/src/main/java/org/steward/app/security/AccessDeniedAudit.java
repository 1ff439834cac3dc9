package org.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a refused request to the friendly 403 page (or problem+json for the API) and logs it.
 * A forged or missing CSRF token gets its own message: the form expired, nothing was saved.
 */
class AccessDeniedAudit implements AccessDeniedHandler {
  /** Request attribute the error page reads to tell an expired form from a missing role. */
  static final String DENIED_BECAUSE = "steward.denied-because";

  private static final Logger log = LoggerFactory.getLogger(AccessDeniedAudit.class);

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException {
    boolean csrf = e instanceof CsrfException;
    log.info("Refused {} {}{}", request.getMethod(), request.getRequestURI(),
        csrf ? " (CSRF token missing or wrong)" : "");
    request.setAttribute(DENIED_BECAUSE, csrf ? "csrf" : "forbidden");
    response.sendError(403);
  }
}
