package org.steward.engine.text;

import java.util.Objects;

/**
 * One compiled term: its folded form, the lexicon group that reads it (a detector), the finding
 * category it reports, a weight for scored detectors, and whether it matches as a prefix ({@code
 * goat*}) or suffix ({@code *phobe}) rather than as a whole word.
 */
public record LexiconEntry(String folded, int group, String category, double weight, boolean prefix, boolean suffix, String term) {
  public LexiconEntry {
    Objects.requireNonNull(folded, "folded");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(term, "term");
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("empty term in category " + category);
    }
  }
}
