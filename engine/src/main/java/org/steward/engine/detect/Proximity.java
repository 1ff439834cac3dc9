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
    // Hits come in order of where they end, so only neighbours need a look: linear overall.
    for (int k = i - 1; k >= 0 && hits.to(k) >= from - SLACK; k--) {
      if (matches(hits, lexicon, i, k, group, from, to)) {
        return k;
      }
    }
    for (int k = i + 1; k < hits.size() && hits.to(k) - SLACK <= to; k++) {
      if (matches(hits, lexicon, i, k, group, from, to)) {
        return k;
      }
    }
    return -1;
  }

  /** Longest span of a term whose hit can still overlap a window although it ends outside it. */
  static final int SLACK = 64;

  private static boolean matches(Hits hits, Lexicon lexicon, int i, int k, int group, int from, int to) {
    return lexicon.entry(hits.entry(k)).group() == group && hits.to(k) >= from && hits.from(k) <= to
        && (hits.to(k) <= hits.from(i) || hits.from(k) >= hits.to(i));
  }

  static boolean in(Hits hits, Lexicon lexicon, int i, int group) {
    return group >= 0 && lexicon.entry(hits.entry(i)).group() == group;
  }

  /**
   * Signals {@code category} over hits {@code i} and {@code k} taken together (a group and the
   * word said of it, in either order): from where the first starts to where the last ends.
   */
  static void signalBoth(Inspection text, SignalSink out, String category, int i, int k, double score) {
    Hits hits = text.hits();
    out.signal(category, text.start(Math.min(hits.from(i), hits.from(k))), text.end(Math.max(hits.to(i), hits.to(k))), score);
  }

  /** Signals {@code category} over hit {@code i} alone. */
  static void signalHit(Inspection text, SignalSink out, String category, int i, double score) {
    out.signal(category, text.start(text.hits().from(i)), text.end(text.hits().to(i)), score);
  }

  /** Records that hits {@code i} and {@code k} together make a claim the text denies or rejects (see {@link Stance}). */
  static void excuseBoth(Inspection text, int i, int k) {
    Hits hits = text.hits();
    text.excuseClaim(Math.min(hits.from(i), hits.from(k)), Math.max(hits.to(i), hits.to(k)));
  }

  /** Returns 1 - (1 - a)(1 - b): the chance either independent signal is right. */
  static double noisyOr(double a, double b) {
    return 1 - (1 - a) * (1 - b);
  }
}
