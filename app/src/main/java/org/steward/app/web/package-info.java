/**
 * The shared web layer: the layout and its navigation (features add entries through {@link
 * org.steward.app.web.NavigationEntries}), the one error model ({@link org.steward.app.web.Problems}
 * answers {@link org.steward.app.web.InvalidInput}, {@link org.steward.app.web.NotFound} and {@link
 * org.steward.app.web.IllegalTransition} as problem+json or the error page), request limits, paging
 * and plain-text checks. No feature logic, and no dependency on any feature.
 */
@ApplicationModule(displayName = "Web (shared)", allowedDependencies = {"identity"})
package org.steward.app.web;

import org.springframework.modulith.ApplicationModule;
