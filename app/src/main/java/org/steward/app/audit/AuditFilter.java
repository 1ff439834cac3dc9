package org.steward.app.audit;

import java.time.LocalDate;

/**
 * What the readable trail shows: entries by one person ({@code actorId}), of actions starting with
 * {@code action} (a feature, {@code account.}, or one action), about one kind of record and
 * optionally one record, between two days (inclusive, UTC). Null or blank: no condition.
 */
public record AuditFilter(Long actorId, String action, String objectType, String objectId, LocalDate from, LocalDate to) {
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

  public AuditFilter {
    action = blankToNull(action);
    objectType = blankToNull(objectType);
    objectId = blankToNull(objectId);
  }

  /** Only a kind of record, or nothing: the page's caption keeps its short form. */
  boolean onlyType() {
    return actorId == null && action == null && objectId == null && from == null && to == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
