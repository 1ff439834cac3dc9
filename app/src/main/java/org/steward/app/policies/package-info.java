/**
 * Policies are the institution's own data (DOC-1…DOC-8, issue #10): the one source of the packs in
 * force. It loads the shipped packs and every {@code *.yaml} of {@code STEWARD_POLICY_DIR} at
 * start-up, takes uploads as drafts, compares a draft with the version in force, publishes it with an
 * enforcement time, adopts packs per unit and audience, asks everyone in a version's audience to
 * acknowledge it, and tells owners when a review is due.
 *
 * <p>Its API for other features: {@link org.steward.app.policies.PoliciesInForce} (the pack in force
 * for a unit, a person or an actor, and typed {@link org.steward.app.policies.PolicySettings}); the
 * events {@link org.steward.app.policies.PolicyPublished} and {@link
 * org.steward.app.policies.PolicyEnforced}; and the extension point {@link
 * org.steward.app.policies.PackSettingsDeclaration}, through which each feature declares the pack
 * settings it reads (a setting no feature declares is a problem of the pack).
 */
@ApplicationModule(displayName = "Policies", allowedDependencies = {"identity", "storage", "security", "audit", "web",
    "demo", "home", "people", "notifications"})
package org.steward.app.policies;

import org.springframework.modulith.ApplicationModule;
