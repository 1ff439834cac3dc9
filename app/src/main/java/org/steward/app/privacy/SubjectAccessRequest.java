package org.steward.app.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** A subject access request (Art. 15), due one calendar month after it was received (three if extended). */
public record SubjectAccessRequest(long id, long subjectId, LocalDate receivedOn, LocalDate dueOn,
    String status, long openedBy, Instant openedAt, boolean extended, Long completedBy, Instant completedAt) {
  public boolean open() {
    return status.equals("open");
  }
}
