package org.steward.app.consent;

/** How a consent is evidenced: an uploaded signed form, an online confirmation by link, or the MIS. */
public enum Evidence {
  FORM("form", "Uploaded form"),
  ONLINE("online", "Confirmed online"),
  MIS("mis", "From the college's MIS");

  private final String code;
  private final String label;

  Evidence(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static java.util.Optional<Evidence> fromCode(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    for (Evidence e : values()) {
      if (e.code.equalsIgnoreCase(text.strip())) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }
}
