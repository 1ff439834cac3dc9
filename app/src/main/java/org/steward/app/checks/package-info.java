/**
 * "Check a post": a text checked against the policy in force for its author and account (from
 * {@code policies}), findings shown in place in plain words with who to ask, and the checks API.
 * Other features check texts through {@link org.steward.app.checks.CheckService}.
 */
@ApplicationModule(displayName = "Check a post", allowedDependencies = {"identity", "security", "people", "learning",
    "web", "policies", "accounts", "cases"})
package org.steward.app.checks;

import org.springframework.modulith.ApplicationModule;
