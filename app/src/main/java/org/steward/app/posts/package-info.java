/**
 * Posts of official accounts (issue #11): compose with the live check, approval by the pack's
 * rules (never by the author), publishing through the connectors (idempotent, retried, failures
 * with the platform's reason), expiry of posts not approved in time, the archive with the check at
 * publish time, and notifications and home to-dos for authors, approvers and managers. Its API for
 * other features: {@link org.steward.app.posts.PostViews}, {@link org.steward.app.posts.PostState}.
 * It reads accounts only through {@code accounts.AccountPosting}, texts through
 * {@code checks.CheckService}, platforms through {@code connectors}, and the consent of the people
 * pictured through {@code consent.ConsentRegister}; it implements consent's {@code PersonUsages}, so a
 * withdrawal reaches every post that uses the person.
 */
@ApplicationModule(displayName = "Posts", allowedDependencies = {"identity", "storage", "security", "audit", "web", "home",
    "demo", "people", "notifications", "accounts", "checks", "policies", "consent", "connectors", "connectors :: imports", "cases"})
package org.steward.app.posts;

import org.springframework.modulith.ApplicationModule;
