package org.steward.app.posts;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicySettings;

/**
 * The posts feature's settings. Who approves and when comes from the pack in force for the account's
 * unit ({@code posts.approvers}, {@code posts.approval.when}; the defaults of {@link PostDeclarations} when
 * the pack leaves them out). How publishing retries is the deployment's ({@link PostProperties}).
 */
@Component
class PostSettings {
  private final int maxAttempts;
  private final Duration retryAfter;

  private final PoliciesInForce policies;

  PostSettings(PostProperties properties, PoliciesInForce policies) {
    this.policies = policies;
    this.maxAttempts = Math.max(1, properties.maxAttempts());
    this.retryAfter = properties.retryAfter();
  }

  /** The roles that may approve a post of an account in this unit. */
  List<String> approvers(long unitId) {
    return settings(unitId).list(PostDeclarations.APPROVERS);
  }

  /** When a post of an account in this unit needs an approval. */
  List<String> approvalWhen(long unitId) {
    return settings(unitId).list(PostDeclarations.APPROVAL_WHEN);
  }

  /** Official accounts' posts are staff work (learners write for them under PER-8), as in accounts. */
  private PolicySettings settings(long unitId) {
    return policies.settingsFor(unitId, Audience.STAFF);
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before attempt {@code attempt + 1} (doubling from the first retry). */
  Duration backoff(int attempt) {
    return retryAfter.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
  }
}
