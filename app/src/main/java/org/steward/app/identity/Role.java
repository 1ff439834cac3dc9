package org.steward.app.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles people hold in Steward. A person may hold several. Only {@link #HEAD_OF_UNIT} is
 * scoped to a unit (and everything below it in the organisation tree).
 */
public enum Role {
  ADMINISTRATOR("administrator", "Administrator", false),
  MARKETING("marketing", "Marketing team", false),
  HEAD_OF_DIGITAL_MARKETING("head-of-digital-marketing", "Head of digital marketing", false),
  HEAD_OF_UNIT("head-of-unit", "Head of school or service", true),
  STAFF("staff", "Member of staff", false),
  TUTOR("tutor", "Tutor", false),
  LEARNER("learner", "Learner", false),
  SAFEGUARDING_LEAD("safeguarding-lead", "Designated safeguarding lead", false),
  HR("hr", "HR", false),
  PRESS_OFFICER("press-officer", "Press officer", false),
  DATA_PROTECTION_OFFICER("data-protection-officer", "Data protection officer", false);

  private final String code;
  private final String label;
  private final boolean scoped;

  Role(String code, String label, boolean scoped) {
    this.code = code;
    this.label = label;
    this.scoped = scoped;
  }

  /** The stable code used in CSV files, the database and the API, e.g. {@code head-of-unit}. */
  public String code() {
    return code;
  }

  /** The plain-English name shown to people. */
  public String label() {
    return label;
  }

  /** Whether the role applies to one unit (and its subtree) rather than the whole organisation. */
  public boolean scoped() {
    return scoped;
  }

  /** The Spring Security authority for this role, e.g. {@code ROLE_HEAD_OF_UNIT}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Returns the role with this code or enum name, ignoring case. */
  public static Optional<Role> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(r -> r.code.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t))
        .findFirst();
  }
}
