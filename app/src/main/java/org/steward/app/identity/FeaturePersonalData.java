package org.steward.app.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What every feature's {@link PersonalData} says the same way: the feature's name as an export
 * shows it and the tables it covers (given once, to the constructor), and how a stored time reads in
 * an export. Each feature still writes its own export and erasure, which are about its own records.
 * It lives here, beside the interface, because {@code privacy} (which calls every implementation)
 * depends on features that implement it.
 */
public abstract class FeaturePersonalData implements PersonalData {
  private final String feature;
  private final Set<String> tables;

  protected FeaturePersonalData(String feature, String... tables) {
    this.feature = feature;
    this.tables = Set.of(tables);
  }

  @Override
  public String feature() {
    return feature;
  }

  @Override
  public Set<String> tables() {
    return tables;
  }

  /** A stored time as an export's instant; a time never set stays empty (null). */
  protected static Instant at(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
