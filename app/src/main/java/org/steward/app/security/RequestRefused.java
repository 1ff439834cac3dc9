package org.steward.app.security;

/**
 * A signed-in person's request was refused before or outside a feature's own audited check: by a
 * route's role rule, a missing or forged CSRF token, or a record check that threw
 * {@link org.springframework.security.access.AccessDeniedException}. The audit records it.
 */
public record RequestRefused(Actor actor, String method, String path, String why) {}
