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

  /**
   * Retention of one record type kept in one table: deletes the rows of {@code table} whose {@code
   * column} is before {@code cutoff} when {@code recordType} is {@code type}, and leaves any other
   * type to {@link PersonalData#disposeBefore}. For features whose retention is exactly that.
   */
  protected final int disposeRowsBefore(org.springframework.jdbc.core.simple.JdbcClient jdbc, String recordType,
      String type, String table, String column, Instant cutoff) {
    if (!recordType.equals(type)) {
      return PersonalData.super.disposeBefore(recordType, cutoff);
    }
    return jdbc.sql("delete from " + table + " where " + column + " < ?")
        .param(OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC)).update();
  }

  /** A stored time as an export's instant; a time never set stays empty (null). */
  protected static Instant at(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
