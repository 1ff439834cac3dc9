package org.steward.app.posts;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The posts feature's settings. Who approves and when comes from the pack in force for the account's
 * unit ({@code posts.approvers}, {@code posts.approval.when}; the defaults below when no pack sets
 * them). How publishing retries is the deployment's ({@link PostProperties}).
 */
@Component
class PostSettings {
  static final String APPROVERS = "posts.approvers";
  static final String APPROVAL_WHEN = "posts.approval.when";
  static final List<String> DEFAULT_APPROVERS = List.of("head-of-unit", "head-of-digital-marketing", "marketing");
  static final List<String> DEFAULT_WHEN = List.of(PostCheck.WHEN_REVIEW, PostCheck.WHEN_LEARNER,
      PostCheck.WHEN_ACCOUNT);

  private final int maxAttempts;
  private final Duration retryAfter;

  PostSettings(PostProperties properties) {
    this.maxAttempts = Math.max(1, properties.maxAttempts());
    this.retryAfter = properties.retryAfter();
  }

  /** The roles that may approve a post of an account in this unit. */
  List<String> approvers(long unitId) {
    return DEFAULT_APPROVERS;
  }

  /** When a post of an account in this unit needs an approval. */
  List<String> approvalWhen(long unitId) {
    return DEFAULT_WHEN;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before attempt {@code attempt + 1} (doubling from the first retry). */
  Duration backoff(int attempt) {
    return retryAfter.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
  }
}
