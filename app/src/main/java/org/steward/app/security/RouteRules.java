package org.steward.app.security;

import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's route authorisation: which roles may reach each of its pages and API paths. Each
 * feature with routes implements this as a bean in its own package; {@link SecurityConfig} applies
 * the public routes, then every feature's rules (in {@code @Order}), then "anyone signed in" for
 * whatever is left, which can only be a page that does not exist (404): {@code RouteAccessTest}
 * fails on any route that no feature declares. Record checks (a head of school sees only their
 * unit) stay in the feature's service.
 */
public interface RouteRules {
  /**
   * The feature's name in the audit trail: a refused request to one of its {@link #segments()} is
   * recorded as {@code <auditType>.refused}, e.g. {@code account.refused}.
   */
  String auditType();

  /** The first path segments the feature owns: {@code accounts} for /accounts/** and /api/v1/accounts/**. */
  Set<String> segments();

  /**
   * API paths (Ant patterns such as {@code /api/v1/reports/**}) that anyone may call without
   * signing in, such as an anonymous report. They are answered by a filter chain of their own that
   * never reads a session or credentials (so a signed-in browser lends them nothing, and they need
   * no CSRF token), permits every request and leaves the rest to the feature's service. None by
   * default.
   */
  default Set<String> publicApi() {
    return Set.of();
  }

  /** Adds the feature's rules; called for both filter chains (session and HTTP Basic). */
  void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
