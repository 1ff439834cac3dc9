package org.steward.app.checks;

import java.util.List;

/**
 * A text to check: what it is ({@code post}, {@code reply}, {@code comment}, {@code bio},
 * {@code blog}, {@code message}), the policy pack, and optionally the account it will be posted
 * from (kind {@code personal}, {@code departmental} or {@code official}; audience {@code staff}
 * or {@code learner}; the tags the account must carry) and the platform it is for (a code such
 * as {@code instagram}; null: any platform), against which a named person's consent is judged.
 */
public record CheckRequest(String text, String kind, String policy, Account account, String platform) {
  public CheckRequest(String text, String kind, String policy, Account account) {
    this(text, kind, policy, account, null);
  }

  /** The account a text is posted from. */
  public record Account(String kind, String audience, List<String> requiredTags) {
    public Account {
      requiredTags = requiredTags == null ? List.of() : List.copyOf(requiredTags);
    }
  }
}
