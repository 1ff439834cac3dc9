package org.steward.engine.pack;

import java.util.Locale;

/** How software serves a clause (see REQUIREMENTS.md): an automatic check, a workflow, kept data or guidance. */
public enum ClauseKind {
  CHECK,
  FLOW,
  RECORD,
  GUIDE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind named {@code id}, or {@code null} when there is none. */
  public static ClauseKind parse(String id) {
    for (ClauseKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }
}
