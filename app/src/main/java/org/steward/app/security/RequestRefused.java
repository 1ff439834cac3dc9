package org.steward.app.security;

import org.steward.app.identity.Actor;

/**
 * A signed-in person's request was refused before or outside a feature's own audited check: by a
 * route's role rule, a missing or forged CSRF token, or a record check that threw
 * {@link org.springframework.security.access.AccessDeniedException}. The audit records it as
 * {@code <feature>.refused}, where {@code feature} is the audit type of the feature that owns the
 * path ({@code route} when none does).
 */
public record RequestRefused(Actor actor, String feature, String method, String path, String why) {}
