package org.steward.app.cases;

import java.util.Arrays;
import java.util.Optional;

/** What a report is about. */
public enum Subject {
  POST("post", "A post"),
  COMMENT("comment", "A comment or reply"),
  ACCOUNT("account", "An account (including a fake one using the college's name)"),
  CONDUCT("conduct", "Someone's conduct"),
  CHECK("check", "A text checked in Steward"),
  INBOX("inbox", "A message in the moderation inbox");

  private final String code;
  private final String label;

  Subject(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** What a member of the public may report about (the others are opened by staff or Steward). */
  public boolean reportable() {
    return this == POST || this == COMMENT || this == ACCOUNT || this == CONDUCT;
  }

  public static Optional<Subject> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
