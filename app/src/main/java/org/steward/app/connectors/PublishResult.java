package org.steward.app.connectors;

import java.util.Objects;
import java.util.Optional;

/** What publishing did: a post on the platform, or a post waiting for the manager to post natively. */
public record PublishResult(Outcome outcome, RemotePost post, String instructions) {

  public enum Outcome {
    /** Posted now. */
    PUBLISHED,
    /** An earlier attempt with the same idempotency key had already posted it: nothing new was posted. */
    ALREADY_PUBLISHED,
    /** Steward cannot post to this platform: the manager posts it natively and pastes the URL. */
    READY_FOR_MANUAL_POSTING
  }

  public PublishResult {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != Outcome.READY_FOR_MANUAL_POSTING) {
      Objects.requireNonNull(post, "post");
    }
  }

  public static PublishResult published(RemotePost post) {
    return new PublishResult(Outcome.PUBLISHED, post, null);
  }

  public static PublishResult alreadyPublished(RemotePost post) {
    return new PublishResult(Outcome.ALREADY_PUBLISHED, post, null);
  }

  public static PublishResult manual(String instructions) {
    return new PublishResult(Outcome.READY_FOR_MANUAL_POSTING, null, instructions);
  }

  public Optional<RemotePost> remotePost() {
    return Optional.ofNullable(post);
  }
}
