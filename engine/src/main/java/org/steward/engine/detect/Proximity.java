package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/** Small helpers for detectors that combine lexicon hits found near each other. */
final class Proximity {
  private Proximity() {}

  /** Returns the index of the first hit of {@code group} within {@code window} folded chars of hit {@code i}, or -1. */
  static int near(Hits hits, Lexicon lexicon, int i, int group, int window) {
    if (group < 0) {
      return -1;
    }
    int from = hits.from(i) - window;
    int to = hits.to(i) + window;
    for (int k = 0; k < hits.size(); k++) {
      if (k != i && lexicon.entry(hits.entry(k)).group() == group && hits.to(k) >= from && hits.from(k) <= to
          && (hits.to(k) <= hits.from(i) || hits.from(k) >= hits.to(i))) {
        return k;
      }
    }
    return -1;
  }

  static boolean in(Hits hits, Lexicon lexicon, int i, int group) {
    return group >= 0 && lexicon.entry(hits.entry(i)).group() == group;
  }

  /** Returns 1 - (1 - a)(1 - b): the chance either independent signal is right. */
  static double noisyOr(double a, double b) {
    return 1 - (1 - a) * (1 - b);
  }
}
