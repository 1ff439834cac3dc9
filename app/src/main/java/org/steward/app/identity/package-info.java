/**
 * Who acts: {@link org.steward.app.identity.Actor} (a person or the system), the {@link
 * org.steward.app.identity.Role}s people hold and their {@link org.steward.app.identity.RoleGrant}s.
 * The shared vocabulary of every feature, and the personal-data extension point
 * ({@link org.steward.app.identity.PersonalData}) every feature holding personal data implements.
 * It depends on nothing.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
package org.steward.app.identity;

import org.springframework.modulith.ApplicationModule;
