package org.steward.app.accounts;

import java.util.Arrays;
import java.util.Optional;

/** Who can see an account's content (ACC-9). */
public enum Visibility {
  PUBLIC("public", "Public"),
  PRIVATE("private", "Private"),
  CLOSED_GROUP("closed-group", "Closed group");

  private final String code;
  private final String label;

  Visibility(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Visibility> fromCode(String text) {
    return text == null ? Optional.empty() : Arrays.stream(values())
        .filter(v -> v.code.equalsIgnoreCase(text.trim()) || v.name().equalsIgnoreCase(text.trim()))
        .findFirst();
  }
}
