package org.steward.app.accounts;

import java.time.Instant;
import java.util.Locale;
import org.steward.app.web.IllegalTransition;

/**
 * An official account (ACC-1): what it is, who asked for it, where it is in its life. Immutable;
 * {@link #moveTo} is the only way to a new status and refuses an illegal transition.
 */
public record Account(
    long id,
    Platform platform,
    String handle,
    String url,
    String name,
    long unitId,
    String purpose,
    String audience,
    Visibility visibility,
    boolean teachingGroup,
    String postingPlan,
    String moderationPlan,
    AccountStatus status,
    AccountStatus statusBeforeSuspension,
    long requestedBy,
    Long onBehalfOf,
    Instant requestedAt,
    Long rejectedBy,
    String rejectionReason,
    String loginEmail,
    Long setUpBy,
    Instant setUpAt,
    Instant lastPostAt,
    Instant dormantSince,
    String closingReason,
    boolean contentArchived,
    boolean credentialsRetired,
    boolean platformAccountGone,
    Instant statusChangedAt) {

  /**
   * Checks that this account may move to {@code target}.
   *
   * @throws IllegalTransition when the transition is not allowed (409)
   */
  public AccountStatus moveTo(AccountStatus target) {
    if (!status.canMoveTo(target)) {
      throw new IllegalTransition("An account that is " + status.label().toLowerCase(Locale.ROOT)
          + " cannot become " + target.label().toLowerCase(Locale.ROOT) + ".");
    }
    return target;
  }

  /** Whether the decommissioning checklist is complete (ACC-13). */
  public boolean checklistDone() {
    return contentArchived && credentialsRetired && platformAccountGone;
  }

  /** The last time anything showed the account was alive: the last post, or its set-up. */
  public Instant lastSignOfLife() {
    if (lastPostAt != null) {
      return lastPostAt;
    }
    return setUpAt != null ? setUpAt : requestedAt;
  }

  /** The handle as compared for uniqueness: lower case, without a leading '@'. */
  public static String handleKey(String handle) {
    String h = handle == null ? "" : handle.trim().toLowerCase(Locale.ROOT);
    while (h.startsWith("@")) {
      h = h.substring(1);
    }
    return h;
  }
}
