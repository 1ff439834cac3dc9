package org.steward.app.consent;

import java.util.List;

/**
 * Where a person's media or name is used, for a withdrawal to reach every use (SAF-2) without
 * this feature depending on the features that hold the uses. The posts feature implements it (its
 * drafts, scheduled posts and the archive of published ones); there may be several
 * implementations, each naming its uses with its own {@link PersonUsage#source()}.
 */
public interface PersonUsages {

  /** The name of the uses' feature, as in {@link PersonUsage#source()}, e.g. {@code posts}. */
  String source();

  /** Every use of the person's media or name: drafts, scheduled and published posts, the archive. */
  List<PersonUsage> usesOf(long personId);

  /**
   * Takes one use down: deletes a published post through its account's connector where the
   * platform allows it, takes a scheduled post off the schedule or a draft out of the queue. Called
   * outside any transaction of this feature; may be called again for the same use after a failure.
   *
   * @return what was done; {@link TakedownOutcome#MANUAL} when a person must do it on the platform
   * @throws RuntimeException when the platform refused or could not be reached (the task stays open)
   */
  TakedownOutcome takeDown(PersonUsage usage);
}
