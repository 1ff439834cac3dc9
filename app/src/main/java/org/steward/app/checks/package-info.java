/**
 * "Check a post": a text checked against a policy pack, findings shown in place, and the checks
 * API. Other features check texts through {@link org.steward.app.checks.CheckService}.
 */
@ApplicationModule(displayName = "Check a post", allowedDependencies = {"identity", "security", "people", "learning", "web", "cases"})
package org.steward.app.checks;

import org.springframework.modulith.ApplicationModule;
