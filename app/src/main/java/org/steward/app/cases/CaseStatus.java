package org.steward.app.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Where a case is: new (not yet triaged), open, waiting for the reporter, or closed with an outcome. */
public enum CaseStatus {
  NEW("new", "New"),
  OPEN("open", "Open"),
  AWAITING_INFORMATION("awaiting-information", "Waiting for information"),
  CLOSED("closed", "Closed");

  private final String code;
  private final String label;

  CaseStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<CaseStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(OPEN, AWAITING_INFORMATION, CLOSED);
      case OPEN -> EnumSet.of(AWAITING_INFORMATION, CLOSED);
      case AWAITING_INFORMATION -> EnumSet.of(OPEN, CLOSED);
      case CLOSED -> EnumSet.of(OPEN);
    };
  }

  public boolean canMoveTo(CaseStatus target) {
    return next().contains(target);
  }

  public boolean closed() {
    return this == CLOSED;
  }

  public static Optional<CaseStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
