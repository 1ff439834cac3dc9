package org.steward.app.moderation;

import java.time.Instant;

/**
 * One reply, comment or mention in an account's inbox, as triaged on arrival (a read model, public so pages can show it).
 *
 * @param findings the engine's findings in short ("CON-2 harassment: …"), one a line
 * @param alertLevel 0 none sent, 1 the account's managers alerted as overdue, 2 marketing too
 */
public record InboxItem(long id, long accountId, String platform, String platformId, String url, String author,
    String body, String replyTo, Instant postedAt, Instant arrivedAt, Triage triage, String verdict,
    String findings, ItemState state, Instant hiddenAt, String hideProblem, Instant escalatedAt,
    Long assigneeId, Instant dueAt, Instant firstResponseAt, int alertLevel) {

  public boolean open() {
    return state == ItemState.OPEN;
  }

  boolean overdue(Instant now) {
    return open() && firstResponseAt == null && now.isAfter(dueAt);
  }

  /** Order of the inbox: triage first (safeguarding, abuse, personal data, needs a reply), then oldest. */
  int priority() {
    return triage.ordinal();
  }

  enum ItemState {
    OPEN, RESOLVED;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One line of an item's history. */
  record Event(Instant at, String actorName, String action, String detail) {}
}
