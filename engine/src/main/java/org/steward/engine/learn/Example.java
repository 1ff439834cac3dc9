package org.steward.engine.learn;

import java.util.Arrays;
import java.util.Objects;

/**
 * One labelled text for training: per category of the model 1 (is), 0 (is not) or {@link #UNKNOWN}
 * (the source does not say), a weight, and where it came from (a set and id, for held-out splits).
 */
public record Example(String source, String id, String text, byte[] labels, double weight) {
  public static final byte UNKNOWN = -1;

  public Example {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    labels = labels.clone();
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }

  /** Returns an example with every one of {@code k} labels unknown. */
  public static Example unlabelled(String source, String id, String text, int k) {
    byte[] l = new byte[k];
    Arrays.fill(l, UNKNOWN);
    return new Example(source, id, text, l, 1);
  }

  /** Returns label {@code c}: 1, 0 or {@link #UNKNOWN}. */
  public int label(int c) {
    return labels[c];
  }

  @Override
  public byte[] labels() {
    return labels.clone();
  }

  /** Returns a copy with label {@code c} set to {@code y}. */
  public Example with(int c, int y) {
    byte[] l = labels.clone();
    l[c] = (byte) y;
    return new Example(source, id, text, l, weight);
  }

  /** Returns a copy with weight {@code w}. */
  public Example weighted(double w) {
    return new Example(source, id, text, labels, w);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && source.equals(e.source) && id.equals(e.id) && text.equals(e.text)
        && Arrays.equals(labels, e.labels) && weight == e.weight;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, id, text, Arrays.hashCode(labels), weight);
  }

  @Override
  public String toString() {
    return source + ":" + id + " " + Arrays.toString(labels);
  }
}
