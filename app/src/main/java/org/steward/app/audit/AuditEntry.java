package org.steward.app.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored. {@code actorId} is null for the system;
 * {@code reason} and {@code reasonSalt} are null when there was no reason or it was erased.
 */
public record AuditEntry(
    long seq,
    Instant occurredAt,
    Long actorId,
    String action,
    String objectType,
    String objectId,
    String reason,
    String reasonSalt,
    String contentDigest,
    String prevHash,
    String hash,
    boolean erased) {}
