package org.steward.app.security;

import org.steward.app.identity.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a refused request to the friendly 403 page (or problem+json for the API), logs it and,
 * when someone is signed in, has it recorded in the audit trail ({@link RequestRefused}) unless a
 * feature already did ({@link AuditedRefusal}). A forged or missing CSRF token gets its own
 * message: the form expired, nothing was saved.
 */
class AccessDeniedAudit implements AccessDeniedHandler {
  /** Request attribute the error page reads to tell an expired form from a missing role. */
  static final String DENIED_BECAUSE = "steward.denied-because";

  private static final Logger log = LoggerFactory.getLogger(AccessDeniedAudit.class);

  private final ApplicationEventPublisher events;
  private final List<RouteRules> features;

  AccessDeniedAudit(ApplicationEventPublisher events, List<RouteRules> features) {
    this.events = events;
    this.features = List.copyOf(features);
  }

  /** The audit type of the feature that owns the path ("route" when none does). */
  String featureOf(String path) {
    String p = path.startsWith("/api/v1/") ? path.substring("/api/v1".length()) : path;
    int end = p.indexOf('/', 1);
    String segment = end < 0 ? p.substring(Math.min(1, p.length())) : p.substring(1, end);
    return features.stream().filter(f -> f.segments().contains(segment)).map(RouteRules::auditType)
        .findFirst().orElse("route");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException {
    boolean csrf = e instanceof CsrfException;
    String path = MachineRequests.path(request);
    log.info("Refused {} {}{}", request.getMethod(), path,
        csrf ? " (CSRF token missing or wrong)" : "");
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!(e instanceof AuditedRefusal) && auth != null
        && auth.getPrincipal() instanceof StewardPrincipal p) {
      String why = csrf ? "CSRF token missing or wrong"
          : e.getMessage() == null || e.getMessage().startsWith("Access Denied")
              ? "the role does not allow it" : e.getMessage();
      events.publishEvent(new RequestRefused(p.actor(), featureOf(path), request.getMethod(), path,
          why));
    }
    request.setAttribute(DENIED_BECAUSE, csrf ? "csrf" : "forbidden");
    response.sendError(403);
  }
}
