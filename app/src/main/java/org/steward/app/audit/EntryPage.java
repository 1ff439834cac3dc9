package org.steward.app.audit;

import java.util.List;

/** One page of audit entries, newest first, with what a pager needs. */
public record EntryPage(List<AuditEntry> entries, int page, int size, long total) {
  public EntryPage {
    entries = List.copyOf(entries);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public long lastPage() {
    return total == 0 ? 0 : (total - 1) / size;
  }
}
