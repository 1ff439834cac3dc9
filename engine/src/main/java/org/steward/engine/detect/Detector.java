package org.steward.engine.detect;

/**
 * Finds one kind of problem in a text and reports signals (category, span in the original text,
 * score). Rules of the pack decide which signals become findings. A learned classifier implements
 * this interface too: read {@link Inspection#original()} (or the folded text) and report a scored
 * signal. Implementations must be thread-safe and must not keep per-text state in fields.
 */
public interface Detector {
  /** Returns the name rules use in {@code when.detector}, e.g. {@code "pii.email"}. */
  String name();

  /** Reports what this detector finds in {@code text} to {@code out}. */
  void detect(Inspection text, SignalSink out);
}
