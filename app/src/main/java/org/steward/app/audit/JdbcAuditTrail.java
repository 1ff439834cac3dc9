package org.steward.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.Actor;

/**
 * Appends entries to the chain in the caller's transaction. The head row lock serialises
 * appends across threads and app nodes; the clock is read after the lock is held, so entries
 * are stamped in chain order on any one node.
 */
@Component
class JdbcAuditTrail implements AuditTrail {
  private final AuditEntries entries;
  private final Clock clock;

  JdbcAuditTrail(AuditEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Actor actor, String action, String objectType, String objectId,
      String reason) {
    Objects.requireNonNull(actor, "actor");
    requireText(action, "action");
    requireText(objectType, "objectType");
    requireText(objectId, "objectId");
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    String salt = why == null ? null : AuditChain.newSalt();
    String digest = AuditChain.contentDigest(why, salt);

    AuditHead head = entries.lockHead();
    long seq = head.lastSeq() + 1;
    Instant at = AuditChain.storable(clock.instant());
    String hash = AuditChain.hash(head.lastHash(), seq, at, actor.personId(), action, objectType,
        objectId, digest);
    entries.append(new AuditEntry(seq, at, actor.personId(), action, objectType, objectId, why,
        salt, digest, head.lastHash(), hash, false));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required in an audit entry");
    }
  }
}
