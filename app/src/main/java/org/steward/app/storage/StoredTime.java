package org.steward.app.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A moment as every feature's tables keep it: a {@code timestamp with time zone}, written in UTC
 * and read back as the same {@code Instant}, with SQL null for "not yet". One place, so that H2 and
 * PostgreSQL are given the same type by every repository (JDBC's {@code OffsetDateTime} is what
 * both drivers map that column type to; a bare {@code Instant} is not portable between them).
 */
public final class StoredTime {
  private StoredTime() {}

  /** The value to bind for a moment, or null for none. */
  public static OffsetDateTime stored(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** The moment kept in a column, or null where it is empty. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** The same by the column's position in the select. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
