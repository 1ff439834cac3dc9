/**
 * The moderation inbox (issue #13, SAF-7, SAF-8): replies, comments and mentions read from the
 * official accounts through the connectors, checked by the engine on arrival and triaged
 * (safeguarding, abuse, personal data, needs a reply), one inbox per account and a combined one
 * for marketing, response-time targets in working hours with overdue alerts, assignment, replies
 * checked before they go out through the connector, resolution, a history, and the first-response
 * figures. Its API is {@link org.steward.app.moderation.InboxConcerns}, the one seam through which
 * a safeguarding signal leaves the inbox.
 */
@ApplicationModule(displayName = "Moderation inbox", allowedDependencies = {"identity", "security", "audit",
    "web", "home", "demo", "people", "notifications", "checks", "accounts", "connectors"})
package org.steward.app.moderation;

import org.springframework.modulith.ApplicationModule;
