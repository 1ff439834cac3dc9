package org.steward.app.cases;

import java.time.Instant;

/** A case as stored: what routing, lists and time limits need in the clear, and the sealed rest. */
record CaseRecord(long id, CaseType type, CaseStatus status, Priority priority, String source,
    boolean anonymous, boolean followedByReporter, Long accountId, Long assignedTo, Instant openedAt,
    Instant awareAt, Instant triageDueAt, Instant dueAt, Instant alertedAt, Instant closedAt,
    String outcome, String masterKeyId, String wrappedKey, String details) {

  /** The case's reference as people see it: C-000012. */
  String reference() {
    return reference(id);
  }

  static String reference(long id) {
    return String.format("C-%06d", id);
  }

  /** Whether a time limit has passed: triage for a new case, resolution for an open one. */
  boolean overdue(Instant now) {
    if (status.closed()) {
      return false;
    }
    return status == CaseStatus.NEW ? now.isAfter(triageDueAt) : now.isAfter(dueAt);
  }

  /** The time limit now running. */
  Instant runningLimit() {
    return status == CaseStatus.NEW ? triageDueAt : dueAt;
  }
}
