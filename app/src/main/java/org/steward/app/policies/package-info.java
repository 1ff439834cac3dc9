/**
 * Policy packs adopted by the institution: versions, which is current, review dates on the home
 * page, and (later) acknowledgements. Other features read packs through {@link
 * org.steward.app.policies.PolicyCatalogue}.
 */
@ApplicationModule(displayName = "Policies", allowedDependencies = {"identity", "security", "audit", "web", "demo", "home"})
package org.steward.app.policies;

import org.springframework.modulith.ApplicationModule;
