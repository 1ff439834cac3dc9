package org.steward.app.notifications;

import java.time.Instant;

/** One in-app notification: a short sentence and a link to where the person acts. */
public record Notification(long id, long personId, String message, String link, Instant createdAt,
    Instant readAt) {
  public boolean unread() {
    return readAt == null;
  }
}
