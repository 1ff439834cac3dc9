package org.steward.app.learning;

/** Decisions on one category: how many findings moderators upheld and how many they overruled. */
public record DecisionCounts(long upheld, long overruled) {
  public long total() {
    return upheld + overruled;
  }
}
