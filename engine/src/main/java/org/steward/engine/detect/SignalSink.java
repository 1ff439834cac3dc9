package org.steward.engine.detect;

/** Receives a detector's signals. Spans are offsets in the original text, {@code [start, end)}. */
public interface SignalSink {
  /** Reports {@code category} at {@code [start, end)} with a score in 0..1. */
  void signal(String category, int start, int end, double score);

  /** As {@link #signal(String, int, int, double)}, with evidence other than the span's text (e.g. a missing tag). */
  void signal(String category, int start, int end, double score, String evidence);

  /**
   * As {@link #signal(String, int, int, double, String)}, with a suggested replacement for the span
   * (a hashtag in camel case). The default drops the suggestion.
   */
  default void suggest(String category, int start, int end, double score, String evidence, String suggestion) {
    signal(category, start, end, score, evidence);
  }

  /** Reports a signal that only the rule {@code ruleId} may turn into a finding (the administrator's own terms). */
  void signalForRule(String ruleId, String category, int start, int end, double score);

  /**
   * Returns true when an earlier detector's signal has already become a finding of {@code category}
   * (a dotted prefix) for this text. The learned detector runs last and uses this to add only what
   * the word lists missed. The default knows of no findings.
   */
  default boolean found(String category) {
    return false;
  }

  /**
   * Says this detector is confident the text is not {@code category} (a dotted prefix): findings of
   * that category that earlier detectors made for this text are withdrawn. The learned detector uses
   * it, when a pack asks, to overrule word-list false alarms (counter-speech, negation). The default
   * ignores it.
   */
  default void overrule(String category) {}
}
