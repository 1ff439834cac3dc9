package org.steward.app.cases;

import org.steward.app.identity.Actor;

/**
 * Where a staff member's concern about a record of another feature gets its evidence (an SPI: the
 * posts feature implements it for a post, the moderation inbox for an inbox item; cases depends on
 * neither). The evidence is read from the record itself at that moment, never from what a form or
 * an API call says it is: the text, its address on the platform, the findings stored with it, and
 * the snapshot's SHA-256 ({@link Evidence#of}).
 */
public interface ConcernEvidence {
  /** What kind of record this source captures ({@link Subject#POST}, {@link Subject#INBOX}). */
  Subject subject();

  /**
   * The record's evidence now, when the person may see the record; otherwise the source's own
   * refusal (403, audited) or not found (404).
   */
  Captured capture(Actor actor, long recordId);

  /** The evidence, and the official account the record belongs to (for an account breach, ACC-12). */
  record Captured(Evidence evidence, Long accountId) {}
}
