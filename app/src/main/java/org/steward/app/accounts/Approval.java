package org.steward.app.accounts;

import java.time.Instant;

/** One of the two approvals an account needs (ACC-2). */
public record Approval(long accountId, ApproverCapacity capacity, long approverId,
    String approverName, Instant decidedAt, String note) {}
