package org.steward.app.connectors;

/** What a delete found, so the audit trail can say which. */
public enum DeleteOutcome {
  DELETED,
  /** Nothing to delete: removed earlier, by Steward or on the platform. A retry lands here. */
  ALREADY_GONE
}
