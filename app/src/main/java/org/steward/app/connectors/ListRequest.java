package org.steward.app.connectors;

import java.time.Instant;

/**
 * Which page to list.
 *
 * @param since only items created at or after this instant, or {@code null} for all
 * @param cursor the {@link Page#nextCursor()} of the page before, or {@code null} for the first
 * @param limit at most this many items (1–100)
 */
public record ListRequest(Instant since, String cursor, int limit) {

  public static final int MAX_LIMIT = 100;

  public ListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    cursor = cursor == null || cursor.isBlank() ? null : cursor;
  }

  public static ListRequest first(int limit) {
    return new ListRequest(null, null, limit);
  }

  public static ListRequest since(Instant since, int limit) {
    return new ListRequest(since, null, limit);
  }

  public ListRequest next(String nextCursor) {
    return new ListRequest(since, nextCursor, limit);
  }

  /** True when {@code at} is inside the window asked for. */
  public boolean includes(Instant at) {
    return since == null || (at != null && !at.isBefore(since));
  }
}
