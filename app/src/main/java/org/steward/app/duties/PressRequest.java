package org.steward.app.duties;

import java.time.Instant;
import java.time.LocalDate;

/** A request to write for the media (PER-4), as stored. */
public record PressRequest(long id, long authorId, String outlet, String topic, LocalDate deadline,
    String draft, Status status, Instant requestedAt, Long decidedBy, Instant decidedAt, String decisionNote) {

  /** requested → approved or refused; a decision is final (a new piece is a new request). */
  public enum Status {
    REQUESTED, APPROVED, REFUSED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status of(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** A comment on the request, by the author or the press office. */
  public record Comment(long id, long authorId, String text, Instant writtenAt) {}

  public boolean open() {
    return status == Status.REQUESTED;
  }
}
