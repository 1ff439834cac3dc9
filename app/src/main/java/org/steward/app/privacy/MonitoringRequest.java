package org.steward.app.privacy;

import java.time.Instant;
import java.util.List;

/**
 * A request to look at a person's personal account (PER-9): the account, the recorded cause and
 * details, the second person who must approve it, and for how many days an approval lasts.
 */
public record MonitoringRequest(long id, long subjectId, String account, String cause, String details,
    int days, long requestedBy, long approverId, Instant requestedAt, String status, Instant decidedAt,
    String decisionNote, Instant validUntil) {

  /** The causes the policy allows: to prevent crime, to safeguard, to protect the Group's reputation. */
  public static final List<String> CAUSES = List.of("crime-prevention", "safeguarding", "reputation");

  /** One look at the account under an approved request. */
  public record Look(long id, long requestId, long lookedBy, Instant lookedAt, String note) {}

  /** Approved and still within its time limit. */
  public boolean activeAt(Instant now) {
    return status.equals("approved") && validUntil != null && now.isBefore(validUntil);
  }

  /** What the page shows: requested, approved, refused or expired. */
  public String stateAt(Instant now) {
    return status.equals("approved") && !activeAt(now) ? "expired" : status;
  }

  public static String causeLabel(String cause) {
    return switch (cause) {
      case "crime-prevention" -> "To prevent crime";
      case "safeguarding" -> "To safeguard someone";
      case "reputation" -> "To protect the Group's reputation";
      default -> cause;
    };
  }
}
