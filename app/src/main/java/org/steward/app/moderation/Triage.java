package org.steward.app.moderation;

import java.util.List;
import java.util.Locale;
import org.steward.engine.Finding;

/**
 * Where an arriving item goes, most urgent first. Civil criticism is never hidden: anything that
 * is not a safeguarding signal, abuse or someone's personal data needs a reply (SAF-8), including
 * rude or hostile criticism of the college (CON-13 findings).
 */
public enum Triage {
  SAFEGUARDING("safeguarding", "Safeguarding concern"),
  ABUSE("abuse", "Abusive, hateful or harassing"),
  PERSONAL_DATA("personal-data", "Personal data posted by someone else"),
  NEEDS_REPLY("needs-reply", "Needs a reply");

  private final String code;
  private final String label;

  Triage(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Hidden on the platform where it allows (abuse, others' personal data); never criticism. */
  boolean hide() {
    return this == ABUSE || this == PERSONAL_DATA;
  }

  static Triage of(List<Finding> findings) {
    if (findings.stream().anyMatch(Finding::safeguarding)) {
      return SAFEGUARDING;
    }
    if (findings.stream().anyMatch(Triage::abusive)) {
      return ABUSE;
    }
    if (findings.stream().anyMatch(f -> f.category().startsWith("pii.") || "CON-3".equals(f.clause()))) {
      return PERSONAL_DATA;
    }
    return NEEDS_REPLY;
  }

  private static boolean abusive(Finding f) {
    String c = f.category().toLowerCase(Locale.ROOT);
    // CON-1 hate and discrimination, CON-2 bullying, harassment and threats.
    return "CON-1".equals(f.clause()) || "CON-2".equals(f.clause()) || c.startsWith("hate.")
        || c.startsWith("harassment.") || c.startsWith("threat") || c.startsWith("slur");
  }

  static Triage fromCode(String code) {
    for (Triage t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown triage " + code);
  }
}
