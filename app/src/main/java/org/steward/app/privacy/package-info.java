/**
 * Data protection (issue #14, UK GDPR): subject access requests against the one-month deadline
 * with an export built from every feature's {@link org.steward.app.identity.PersonalData}, erasure
 * everywhere that keeps the audit chain verifiable, the retention schedule with its nightly job and
 * disposal log, and monitoring of a personal account with cause (PER-9): a recorded cause, a
 * second approver, a time limit and every look logged for the data protection officer.
 */
@ApplicationModule(displayName = "Data protection", allowedDependencies = {"identity", "storage", "security",
    "audit", "web", "home", "demo", "notifications", "people"})
package org.steward.app.privacy;

import org.springframework.modulith.ApplicationModule;
