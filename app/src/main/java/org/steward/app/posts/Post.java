package org.steward.app.posts;

import java.time.Instant;
import java.util.List;
import org.steward.app.web.IllegalTransition;

/**
 * A post for an official account: its text, where it is in its life, the check stored with it,
 * the decision and what publishing did. Immutable; {@link #moveTo} is the only way to a new state
 * and refuses a move the state does not allow (409).
 *
 * @param origin {@code steward} (composed here), {@code outside} (found by the sync: published
 *     without going through Steward), {@code import} (read from a platform archive)
 */
public record Post(
    long id,
    long accountId,
    Long authorId,
    String text,
    PostState state,
    String origin,
    Instant scheduledFor,
    String verdict,
    List<StoredFinding> findings,
    String packId,
    Instant checkedAt,
    String approvalReasons,
    Long approverId,
    Instant decidedAt,
    String decisionNote,
    String platformId,
    String platformUrl,
    Instant publishedAt,
    boolean manualReady,
    String failureReason,
    int attempts,
    Instant nextAttemptAt,
    String publishVerdict,
    List<StoredFinding> publishFindings,
    Instant createdAt,
    Instant updatedAt) {

  public Post {
    findings = findings == null ? List.of() : List.copyOf(findings);
    publishFindings = publishFindings == null ? List.of() : List.copyOf(publishFindings);
  }

  /**
   * Checks that this post may move to {@code target}.
   *
   * @throws IllegalTransition when it may not (409), saying what is possible instead
   */
  PostState moveTo(PostState target) {
    if (!state.canMoveTo(target)) {
      throw new IllegalTransition("A post that is " + state.label().toLowerCase(java.util.Locale.ROOT)
          + " cannot become " + target.label().toLowerCase(java.util.Locale.ROOT) + "."
          + (state.next().isEmpty() ? " It is final." : ""));
    }
    return target;
  }

  /** Whether the approval needs an approver (empty reasons: it did not). */
  public boolean needsApproval() {
    return approvalReasons != null && !approvalReasons.isBlank();
  }
}
