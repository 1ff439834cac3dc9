/**
 * Official accounts (ACC-1..ACC-15, PER-8): the registry, requests with two approvals, set-up with
 * the credential vault, managers, activity and inactivity, decommissioning, breaches, CSV import
 * and the REST API. {@link org.steward.app.accounts.AccountService} is the only place an account
 * changes: it checks the role, writes the audit entry and commits in one transaction.
 */
package org.steward.app.accounts;
