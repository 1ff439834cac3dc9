package org.steward.app.policies;

import java.time.Instant;

/**
 * One version of a pack as Steward keeps it (DOC-1, DOC-2): where it came from (a shipped file, a
 * file in {@code STEWARD_POLICY_DIR}, an upload), whether it is a draft or published, from when it
 * is enforced, the version it superseded, who published it and why, and the owner's own summaries.
 * The YAML itself is read separately ({@link PoliciesInForce#source}).
 */
public record PolicyVersion(long id, String packId, String version, String title, Source source,
    String sourceName, String sha256, Status status, Long uploadedBy, Instant uploadedAt,
    Instant enforcedFrom, Long supersedesId, Long publishedBy, Instant publishedAt, String publishReason,
    Instant announcedAt, String summaryStaff, String summaryLearner) {

  /** Where a version came from. */
  public enum Source {
    SHIPPED("shipped", "Shipped with Steward"),
    DIRECTORY("directory", "Policy folder (STEWARD_POLICY_DIR)"),
    UPLOAD("upload", "Uploaded");

    private final String code;
    private final String label;

    Source(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    static Source of(String code) {
      for (Source s : values()) {
        if (s.code.equals(code)) {
          return s;
        }
      }
      throw new IllegalStateException("unknown policy source " + code);
    }
  }

  /** A version is a draft until published; a discarded draft is kept for the record. */
  public enum Status {
    DRAFT("draft"), PUBLISHED("published"), DISCARDED("discarded");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Status of(String code) {
      for (Status s : values()) {
        if (s.code.equals(code)) {
          return s;
        }
      }
      throw new IllegalStateException("unknown policy status " + code);
    }
  }

  public boolean draft() {
    return status == Status.DRAFT;
  }

  public boolean published() {
    return status == Status.PUBLISHED;
  }

  /** Whether it is published and its enforcement time has come at {@code now}. */
  public boolean enforcedAt(Instant now) {
    return published() && enforcedFrom != null && !enforcedFrom.isAfter(now);
  }
}
