package org.steward.engine.learn.encoder;

/** Turns a text into a fixed-length vector (a sentence embedding); thread-safe. */
public interface SentenceEncoder {
  /** The vector of {@code text}; never null, always {@link #dimension()} long. */
  float[] embed(String text);

  int dimension();
}
