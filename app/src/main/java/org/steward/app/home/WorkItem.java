package org.steward.app.home;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing waiting for someone, on their home page: a sentence that says what to do (plain
 * English, a verb first where it fits), where to do it, how urgent it is and since when it has
 * waited (null when unknown). Never a secret or a case detail: the link leads to them.
 */
public record WorkItem(String text, String link, Urgency urgency, Instant since) {
  public WorkItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(urgency, "urgency");
  }

  /** An item of ordinary urgency whose age is not known. */
  public static WorkItem of(String text, String link) {
    return new WorkItem(text, link, Urgency.NORMAL, null);
  }

  /** How soon it needs doing: the home page lists the most urgent first, then the oldest. */
  public enum Urgency {
    /** Overdue, at risk, or a safeguarding matter: before anything else. */
    URGENT,
    /** Someone is waiting for this person's decision or action. */
    NORMAL,
    /** For information: a request of theirs that waits for others. */
    LOW
  }
}
