package org.steward.app.learning;

import java.time.OffsetDateTime;

/** A moderator's decision on one finding: upheld (the text is what the category says) or overruled. */
public record Decision(long id, String text, String category, boolean upheld, String packId, long decidedBy,
    OffsetDateTime decidedAt) {
  /** Never the text: toString ends up in logs. */
  @Override
  public String toString() {
    return "Decision[id=" + id + ", category=" + category + ", upheld=" + upheld + ", pack=" + packId + "]";
  }
}
