/**
 * The moderation inbox (issue #13, SAF-7, SAF-8): replies, comments and mentions read from the
 * official accounts through the connectors, checked by the engine on arrival and triaged
 * (safeguarding, abuse, personal data, needs a reply), one inbox per account and a combined one
 * for marketing, response-time targets in working hours with overdue alerts, assignment, replies
 * checked before they go out through the connector, resolution, a history, and the first-response
 * figures. A safeguarding signal leaves the inbox as a case for the designated safeguarding lead
 * through {@code cases.Concerns}; targets and working time are the pack's ({@code inbox.*}, read
 * through {@code policies}); a staff reply is checked and approved as posts are ({@code
 * posts.ReplyApproval}). It reads replies itself (decision 0111): posts keeps none.
 */
@ApplicationModule(displayName = "Moderation inbox", allowedDependencies = {"identity", "storage", "security", "audit",
    "web", "home", "demo", "people", "notifications", "checks", "accounts", "connectors", "cases", "policies", "posts"})
package org.steward.app.moderation;

import org.springframework.modulith.ApplicationModule;
