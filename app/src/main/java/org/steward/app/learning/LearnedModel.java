package org.steward.app.learning;

import java.time.OffsetDateTime;

/** A model built from the institution's decisions, without its bytes (for pages and decisions). */
public record LearnedModel(long id, Status status, String name, Long baseModelId, long lastDecisionId,
    ComparisonReport report, Long builtBy, OffsetDateTime builtAt, Long decidedBy, OffsetDateTime decidedAt,
    String decisionReason) {

  /** Where a model is in its life: built and waiting, in use, turned down, or replaced by a newer one. */
  public enum Status {
    CANDIDATE, ACTIVE, REJECTED, SUPERSEDED;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status of(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
