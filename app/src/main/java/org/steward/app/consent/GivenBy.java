package org.steward.app.consent;

/**
 * Who gave a consent: the person themselves, or a parent or guardian. Which one counts is judged
 * from the date of birth on the day of posting (SAF-3): a guardian's for an under-18, the person's
 * own from their 18th birthday.
 */
public enum GivenBy {
  PERSON("person", "The person"),
  GUARDIAN("guardian", "A parent or guardian");

  private final String code;
  private final String label;

  GivenBy(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static java.util.Optional<GivenBy> fromCode(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    for (GivenBy g : values()) {
      if (g.code.equalsIgnoreCase(text.strip())) {
        return java.util.Optional.of(g);
      }
    }
    return java.util.Optional.empty();
  }
}
