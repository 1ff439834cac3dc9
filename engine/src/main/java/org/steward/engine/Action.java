package org.steward.engine;

import java.util.Locale;

/** What a rule does when it fires, from the strongest to the weakest. */
public enum Action {
  BLOCK,
  REVIEW,
  WARN,
  /** Records a finding without changing the verdict (for reporting and routing). */
  TAG;

  /** Returns the lower-case name used in packs and JSON, e.g. {@code "block"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the action named {@code id}, or {@code null} when there is none. */
  public static Action parse(String id) {
    for (Action a : values()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
