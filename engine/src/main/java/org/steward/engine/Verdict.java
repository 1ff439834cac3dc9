package org.steward.engine;

import java.util.Locale;

/** The overall answer for a text, from the weakest to the strongest. */
public enum Verdict {
  PASS,
  WARN,
  REVIEW,
  BLOCK;

  /** Returns the lower-case name used in JSON, e.g. {@code "review"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the verdict an action leads to; {@code tag} leaves the text passing. */
  public static Verdict of(Action action) {
    return switch (action) {
      case BLOCK -> BLOCK;
      case REVIEW -> REVIEW;
      case WARN -> WARN;
      case TAG -> PASS;
    };
  }

  /** Returns the stronger of this and {@code other}. */
  public Verdict max(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
