package org.steward.app.connectors;

import java.util.List;
import java.util.Optional;

/** One page of results and the cursor for the next, if there is one. */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
    nextCursor = nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
  }

  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
