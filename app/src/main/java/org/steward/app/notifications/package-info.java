/**
 * In-app notifications and the e-mails that point to them. An e-mail says only that something
 * needs the person and links back to Steward: never the content of a secret or a case. Other
 * features call {@link org.steward.app.notifications.Notifications}.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"identity", "security", "people", "web"})
package org.steward.app.notifications;

import org.springframework.modulith.ApplicationModule;
