package org.steward.app.people;

import java.util.Arrays;
import java.util.Optional;

/** Staff, learners and external people (governors, contractors, guardians). */
public enum PersonKind {
  STAFF, LEARNER, EXTERNAL;

  public String code() {
    return name().toLowerCase();
  }

  public static Optional<PersonKind> fromCode(String text) {
    return text == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(text.trim())).findFirst();
  }
}
