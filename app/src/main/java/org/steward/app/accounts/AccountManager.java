package org.steward.app.accounts;

import java.time.Instant;

/**
 * Someone who runs an account (ACC-7, ACC-8): a staff manager (with whether they are an
 * administrator on the platform) or a learner who helps (never a manager, never sees a secret).
 */
public record AccountManager(long accountId, long personId, String name, boolean helper,
    boolean platformAdmin, Instant addedAt) {}
