package org.steward.engine;

import java.util.Locale;

/** The kinds of text a rule can apply to. {@code ACCOUNT} is the account record itself. */
public enum TextKind {
  POST,
  REPLY,
  COMMENT,
  BIO,
  BLOG,
  MESSAGE,
  ACCOUNT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind named {@code id}, or {@code null} when there is none. */
  public static TextKind parse(String id) {
    for (TextKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }
}
