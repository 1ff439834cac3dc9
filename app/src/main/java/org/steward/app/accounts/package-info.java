/**
 * Official accounts (ACC-1..ACC-15, PER-8): the registry, requests with two approvals, set-up with
 * the credential vault ({@code accounts.vault}, internal), managers, activity and inactivity,
 * decommissioning, breaches, CSV import and the REST API. Its settings (approvers, managers, e-mail
 * domains, dormancy, platforms) come from the policy in force for each account's unit ({@code
 * AccountPolicy}, declared in {@code AccountDeclarations}). The use-case services are the only
 * places an account changes: each checks the role, writes the audit entry and commits in one
 * transaction.
 */
@ApplicationModule(displayName = "Official accounts", allowedDependencies = {"identity", "storage", "security", "audit", "people", "notifications", "web", "home", "demo", "csv", "policies", "crypto"})
package org.steward.app.accounts;

import org.springframework.modulith.ApplicationModule;
