package org.steward.app.checks;

import java.util.List;

/**
 * A text to check: what it is ({@code post}, {@code reply}, {@code comment}, {@code bio},
 * {@code blog}, {@code message}), optionally a policy in force named by id (otherwise the policy in
 * force for the account's unit, or for the author), and optionally the account it will be posted
 * from: an official account by its registry {@code id}, or its kind ({@code personal},
 * {@code departmental} or {@code official}), its owner's audience ({@code staff} or {@code learner})
 * and the tags it must carry; and the platform it is for (a code such as {@code instagram}; null:
 * any platform), against which a named person's consent is judged.
 */
public record CheckRequest(String text, String kind, String policy, Account account, String platform) {
  public CheckRequest(String text, String kind, String policy, Account account) {
    this(text, kind, policy, account, null);
  }

  /** The account a text is posted from. */
  public record Account(String kind, String audience, List<String> requiredTags, Long id) {
    public Account {
      requiredTags = requiredTags == null ? List.of() : List.copyOf(requiredTags);
    }

    /** An account described by its kind and audience, not one of the registry. */
    public Account(String kind, String audience, List<String> requiredTags) {
      this(kind, audience, requiredTags, null);
    }
  }
}
