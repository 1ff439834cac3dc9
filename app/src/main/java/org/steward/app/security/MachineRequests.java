package org.steward.app.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests made by scripts rather than browsers: the REST API, its OpenAPI description and the
 * actuator. Only these accept
 * HTTP Basic, and a request to them that carries an {@code Authorization} header is stateless.
 * During an error dispatch the path is the one that failed, so the error page is answered by the
 * same filter chain as the request itself.
 */
final class MachineRequests {
  private MachineRequests() {}

  static String path(HttpServletRequest request) {
    Object failed = request.getDispatcherType() == DispatcherType.ERROR
        ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
    String uri = failed instanceof String s ? s : request.getRequestURI();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && uri.startsWith(context)
        ? uri.substring(context.length()) : uri;
  }

  /** The API, its description or the actuator. */
  static boolean isMachinePath(HttpServletRequest request) {
    String p = path(request);
    return p.startsWith("/api/") || p.startsWith("/actuator/") || p.equals("/v3/api-docs")
        || p.startsWith("/v3/api-docs/") || p.startsWith("/v3/api-docs.");
  }

  static boolean hasAuthorizationHeader(HttpServletRequest request) {
    return request.getHeader("Authorization") != null;
  }

  /** An API or actuator call that brings its own credentials: authenticated by them alone. */
  static boolean withCredentials(HttpServletRequest request) {
    return isMachinePath(request) && hasAuthorizationHeader(request);
  }
}
