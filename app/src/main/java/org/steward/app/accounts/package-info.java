/**
 * Official accounts (ACC-1..ACC-15, PER-8): the registry, requests with two approvals, set-up with
 * the credential vault ({@code accounts.vault}, internal), managers, activity and inactivity,
 * decommissioning, breaches, CSV import and the REST API. {@link
 * org.steward.app.accounts.AccountService} is the only place an account changes: it checks the
 * role, writes the audit entry and commits in one transaction.
 */
@ApplicationModule(displayName = "Official accounts", allowedDependencies = {"identity", "security", "audit", "people", "notifications", "web", "home", "demo", "csv", "crypto"})
package org.steward.app.accounts;

import org.springframework.modulith.ApplicationModule;
