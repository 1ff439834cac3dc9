/**
 * The demonstration: the demo users (one per role, one password) shown on the sign-in page, and
 * the runner that has every feature load its {@link org.steward.app.demo.DemoContributor} on an
 * empty database. Features depend on this module; it depends on no feature.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {})
package org.steward.app.demo;

import org.springframework.modulith.ApplicationModule;
