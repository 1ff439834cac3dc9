package org.steward.engine.learn;

import java.util.Objects;

/**
 * A moderator's decision on a flagged text, kept as a labelled example: the finding's category
 * ({@code hate.race}, {@code harassment}…) and whether the moderator upheld it (the text is what the
 * category says) or overruled it (a false alarm).
 */
public record ModeratorDecision(String text, String category, boolean upheld) {
  public ModeratorDecision {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
  }
}
