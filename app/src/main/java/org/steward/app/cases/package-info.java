/**
 * Reports and cases (issue #13; SAF-4..SAF-8, ACC-12, CON-5): anyone may report a concern without
 * signing in, anonymously if they wish, and come back with a receipt code; staff open a case from
 * a finding, a post or an inbox item through {@link org.steward.app.cases.Concerns}, with the
 * evidence captured at that moment. Each case is routed by its type to the only people who may read
 * it ({@link org.steward.app.cases.CaseType}): the designated safeguarding lead (safeguarding,
 * radicalisation), the data protection officer (personal-data breaches, with the 72-hour clock),
 * HR (conduct) or marketing (account breaches, who may suspend the account through the accounts
 * feature). Administrators cannot read cases. Case contents and reporter identity are encrypted at
 * rest under a data key of the case's own ({@code crypto}); every view is audited.
 */
@ApplicationModule(displayName = "Reports and cases", allowedDependencies = {"identity", "storage", "security",
    "audit", "web", "crypto", "notifications", "people", "home", "demo", "accounts", "policies"})
package org.steward.app.cases;

import org.springframework.modulith.ApplicationModule;
