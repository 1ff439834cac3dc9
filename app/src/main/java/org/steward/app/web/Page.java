package org.steward.app.web;

import java.util.List;

/** One page of a list (page numbers from 0), with what a pager needs. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** The number of the last page (0 when the list is empty). */
  public long lastPage() {
    return total == 0 ? 0 : (total - 1) / size;
  }

  /** How many pages there are (at least 1, so an empty list still shows "page 1 of 1"). */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
