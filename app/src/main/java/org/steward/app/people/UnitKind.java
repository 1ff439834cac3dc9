package org.steward.app.people;

import java.util.Arrays;
import java.util.Optional;

/** Levels of the organisation tree (DOC-7). */
public enum UnitKind {
  GROUP, COLLEGE, SCHOOL, DEPARTMENT, SERVICE;

  public String code() {
    return name().toLowerCase();
  }

  public static Optional<UnitKind> fromCode(String text) {
    return text == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(text.trim())).findFirst();
  }
}
