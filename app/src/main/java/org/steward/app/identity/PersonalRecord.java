package org.steward.app.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record a feature holds about a person, as a subject access export shows it: what it is
 * ({@code "Notification"}), its id in that feature, when it was made (null if unknown) and its
 * fields in reading order (labels to values; a null value is shown as empty).
 */
public record PersonalRecord(String type, String id, Instant at, Map<String, String> fields) {
  public PersonalRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach((k, v) -> copy.put(k, v == null ? "" : v));
    fields = Collections.unmodifiableMap(copy);
  }

  /** A record with fields given as label, value, label, value… */
  public static PersonalRecord of(String type, Object id, Instant at, String... labelsAndValues) {
    if (labelsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("labels and values come in pairs");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      m.put(labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return new PersonalRecord(type, String.valueOf(id), at, m);
  }
}
