package org.steward.app.accounts;

import java.time.Instant;

/** An investigation opened when an account is suspended for a breach (ACC-12). */
public record Investigation(long id, long accountId, long openedBy, Instant openedAt, String reason,
    String status) {}
