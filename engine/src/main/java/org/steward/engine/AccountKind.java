package org.steward.engine;

import java.util.Locale;

/** Who speaks through an account: the institution's main channels, a department or team, or a person. */
public enum AccountKind {
  OFFICIAL,
  DEPARTMENTAL,
  PERSONAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind named {@code id}, or {@code null} when there is none. */
  public static AccountKind parse(String id) {
    for (AccountKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }
}
