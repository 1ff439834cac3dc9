/**
 * The home page, "What needs you now": it collects every feature's {@link
 * org.steward.app.home.WorkWaiting} for the signed-in person. Features depend on this module (they
 * implement the interface); it depends on no feature.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = {"identity", "security", "web"})
package org.steward.app.home;

import org.springframework.modulith.ApplicationModule;
