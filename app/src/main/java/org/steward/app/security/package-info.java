/**
 * Sign-in (local passwords and OpenID Connect), throttling, sessions, recent sign-in and password
 * confirmation, and the two filter chains. Each feature declares its own routes as a {@link
 * org.steward.app.security.RouteRules} bean; the people feature supplies the directory through
 * {@link org.steward.app.security.SignInDirectory}. Security depends on no feature.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"identity", "demo", "web"})
package org.steward.app.security;

import org.springframework.modulith.ApplicationModule;
