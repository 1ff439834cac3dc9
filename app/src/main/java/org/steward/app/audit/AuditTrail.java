package org.steward.app.audit;

import org.steward.app.identity.Actor;

/**
 * The audit trail: every state change of a governed object (person, account, post, consent,
 * case, policy) writes one entry here, in the same transaction as the change. Entries are
 * hash-chained so that an edited, deleted or reordered entry is detected by {@code verify}.
 *
 * <p>Pass ids, never personal data, in {@code objectId}; {@code reason} is what the person typed
 * as their reason (it is kept outside the hashed payload's plain content, so it can be erased).
 */
public interface AuditTrail {

  /**
   * Records that {@code actor} did {@code action} (a past-tense verb phrase such as
   * {@code "person.imported"}) to the object {@code objectType}/{@code objectId}.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException if called outside a
   *     transaction: the entry must commit or roll back with the change it records
   */
  void record(Actor actor, String action, String objectType, String objectId, String reason);
}
