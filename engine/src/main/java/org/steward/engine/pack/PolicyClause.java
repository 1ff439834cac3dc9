package org.steward.engine.pack;

import java.util.Objects;
import java.util.Set;

/**
 * One clause of a policy: its stable id from the requirements catalogue (e.g. {@code CON-4}), the
 * section of the source document it comes from, its text, and how it is served.
 */
public record PolicyClause(String id, String section, String text, Set<ClauseKind> kinds) {
  public PolicyClause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    kinds = Set.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("clause " + id + " has no kind");
    }
  }

  /** Returns true when software checks this clause automatically, so at least one rule must serve it. */
  public boolean isChecked() {
    return kinds.contains(ClauseKind.CHECK);
  }
}
