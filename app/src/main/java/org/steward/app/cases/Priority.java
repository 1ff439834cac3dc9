package org.steward.app.cases;

import java.util.Arrays;
import java.util.Optional;

/** How soon a case needs someone: urgent first. */
public enum Priority {
  URGENT("urgent", "Urgent"),
  HIGH("high", "High"),
  NORMAL("normal", "Normal"),
  LOW("low", "Low");

  private final String code;
  private final String label;

  Priority(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Priority> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
