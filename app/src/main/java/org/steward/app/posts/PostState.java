package org.steward.app.posts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a post is in its life. The codes are the API's contract: {@code draft}, {@code submitted},
 * {@code approved}, {@code scheduled}, {@code published}, {@code rejected}, {@code expired},
 * {@code failed}, {@code removed}.
 */
public enum PostState {
  DRAFT("draft", "Draft"),
  SUBMITTED("submitted", "Waiting for approval"),
  APPROVED("approved", "Approved"),
  SCHEDULED("scheduled", "Scheduled"),
  PUBLISHED("published", "Published"),
  REJECTED("rejected", "Rejected"),
  EXPIRED("expired", "Expired"),
  FAILED("failed", "Failed to publish"),
  REMOVED("removed", "Removed");

  private final String code;
  private final String label;

  PostState(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /**
   * The moves a post may make. A draft is submitted (or approved at once when nothing needs an
   * approval); a submitted post is approved, rejected, returned to its author as a draft, or expires
   * when its time passes first; an approved post is published now or scheduled; a scheduled post
   * is published by the job or fails; a failed one is tried again; a published one may be removed.
   */
  Set<PostState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, APPROVED, SCHEDULED, REMOVED);
      case SUBMITTED -> EnumSet.of(APPROVED, SCHEDULED, REJECTED, DRAFT, EXPIRED);
      case APPROVED -> EnumSet.of(PUBLISHED, SCHEDULED, FAILED, DRAFT, REMOVED);
      case SCHEDULED -> EnumSet.of(PUBLISHED, FAILED, APPROVED, DRAFT, REMOVED);
      case FAILED -> EnumSet.of(PUBLISHED, FAILED, SCHEDULED, DRAFT, REMOVED);
      case PUBLISHED -> EnumSet.of(REMOVED);
      case REJECTED, EXPIRED, REMOVED -> EnumSet.noneOf(PostState.class);
    };
  }

  boolean canMoveTo(PostState target) {
    return next().contains(target);
  }

  /** Whether the author may still change the text and media. */
  boolean editable() {
    return this == DRAFT;
  }

  public static Optional<PostState> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.code.equals(t)).findFirst();
  }
}
