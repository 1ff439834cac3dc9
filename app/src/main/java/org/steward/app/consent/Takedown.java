package org.steward.app.consent;

import java.time.Duration;
import java.time.Instant;

/**
 * A task to take one use of a person's media or name down after a withdrawal (SAF-2): for the
 * account's managers, with a deadline; escalated to marketing when the deadline passes; done when
 * the connector deleted it or a manager says so.
 */
public record Takedown(long id, long withdrawalId, long personId, String source, String ref,
    long accountId, String platform, PersonUsage.State state, String title, String link,
    Instant deadline, Status status, Instant openedAt, Instant closedAt, String closedBy,
    String note, Instant escalatedAt) {

  public enum Status {
    OPEN, ESCALATED, DONE;

    public String label() {
      return switch (this) {
        case OPEN -> "Open";
        case ESCALATED -> "Escalated to marketing";
        case DONE -> "Done";
      };
    }
  }

  public boolean open() {
    return status != Status.DONE;
  }

  /** How long it has been open ("3 days", "5 hours"). */
  public String age(Instant now) {
    Duration d = Duration.between(openedAt, closedAt != null ? closedAt : now);
    if (d.toDays() >= 1) {
      return d.toDays() + (d.toDays() == 1 ? " day" : " days");
    }
    long h = Math.max(0, d.toHours());
    return h + (h == 1 ? " hour" : " hours");
  }

  public boolean overdue(Instant now) {
    return open() && now.isAfter(deadline);
  }

  PersonUsage usage() {
    return new PersonUsage(source, ref, accountId, platform, state, java.util.Set.of(), title, link);
  }
}
