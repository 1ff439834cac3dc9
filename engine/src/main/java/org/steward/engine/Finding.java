package org.steward.engine;

import java.util.Objects;

/**
 * One thing a rule found in a text: the rule and the clause it enforces, a stable dotted category
 * ({@code pii.email}), the action, the span {@code [start, end)} in the original text, the matched
 * evidence, a sentence for the person, and the detector's score (1 for exact matches).
 */
public record Finding(
    String rule,
    String clause,
    String category,
    Action severity,
    int start,
    int end,
    String evidence,
    String message,
    double score) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
