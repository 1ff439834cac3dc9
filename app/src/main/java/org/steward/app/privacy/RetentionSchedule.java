package org.steward.app.privacy;

import java.time.Period;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of record is kept ({@code steward.retention.periods.<record-type>}, ISO-8601
 * periods such as {@code P1Y}). The defaults follow what UK further-education colleges commonly
 * keep (the IRMS schools and FE toolkit and the six-year limitation period for employment claims):
 * in-app notifications and saved self-checks for a year, decided press requests for three years,
 * monitoring requests and their looks for six, completed subject access requests for a year,
 * moderators' decisions (training examples) for three. A value given in configuration replaces the
 * default for that type; every type a feature disposes of must have one ({@code
 * PersonalDataCoverageTest}).
 */
@ConfigurationProperties("steward.retention")
public record RetentionSchedule(Map<String, Period> periods) {
  static final Map<String, Period> DEFAULTS = Map.of(
      "notification", Period.ofYears(1),
      "saved-self-check", Period.ofYears(1),
      "press-request", Period.ofYears(3),
      "monitoring-request", Period.ofYears(6),
      "subject-access-request", Period.ofYears(1),
      "moderator-decision", Period.ofYears(3));

  public RetentionSchedule {
    Map<String, Period> merged = new TreeMap<>(DEFAULTS);
    if (periods != null) {
      periods.forEach((k, v) -> {
        if (v == null || v.isNegative() || v.isZero()) {
          throw new IllegalArgumentException("steward.retention.periods." + k + " must be a positive period such as P1Y");
        }
        merged.put(k, v);
      });
    }
    periods = Collections.unmodifiableMap(merged);
  }

  /** The period for a record type, if the schedule has one. */
  public java.util.Optional<Period> periodFor(String recordType) {
    return java.util.Optional.ofNullable(periods.get(recordType));
  }
}
