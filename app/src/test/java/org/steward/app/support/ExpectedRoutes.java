package org.steward.app.support;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;

/**
 * One feature's rows of {@code RouteAccessTest}: who may use each of its routes, written in the
 * feature's own test package, independently of its {@code RouteRules}. {@code RouteAccessTest}
 * finds every implementation on the test class path, so a new feature adds one file; the test
 * still fails on any route that no file lists.
 */
public interface ExpectedRoutes {
  /** Every role. */
  Set<Role> EVERY_ROLE = Collections.unmodifiableSet(EnumSet.allOf(Role.class));
  /** Marks a public route: anyone, signed in or not (compared by identity). */
  Set<Role> ANYONE = Collections.unmodifiableSet(EnumSet.allOf(Role.class));
  Set<Role> ADMIN = Collections.unmodifiableSet(EnumSet.of(Role.ADMINISTRATOR));

  /** {@code "METHOD /pattern"} (as the handler mapping declares it; {@code *} for any method) to who may use it. */
  Map<String, Set<Role>> rows();
}
