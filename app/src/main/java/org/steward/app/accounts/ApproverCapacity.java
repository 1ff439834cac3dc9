package org.steward.app.accounts;

import java.util.Arrays;
import java.util.Optional;

/** In which capacity someone approves an account request (ACC-2): both are needed. */
public enum ApproverCapacity {
  HEAD_OF_UNIT("head-of-unit", "Head of school or service"),
  HEAD_OF_DIGITAL_MARKETING("head-of-digital-marketing", "Head of digital marketing");

  private final String code;
  private final String label;

  ApproverCapacity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ApproverCapacity> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
