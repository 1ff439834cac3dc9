package org.steward.app.checks;

import java.util.List;

/**
 * A text to check: what it is ({@code post}, {@code reply}, {@code comment}, {@code bio},
 * {@code blog}, {@code message}), the policy pack, and optionally the account it will be posted
 * from (kind {@code personal}, {@code departmental} or {@code official}; audience {@code staff}
 * or {@code learner}; the tags the account must carry).
 */
public record CheckRequest(String text, String kind, String policy, Account account) {
  /** The account a text is posted from. */
  public record Account(String kind, String audience, List<String> requiredTags) {
    public Account {
      requiredTags = requiredTags == null ? List.of() : List.copyOf(requiredTags);
    }
  }
}
