package org.steward.app.consent;

import java.util.Objects;
import java.util.Set;

/**
 * One use of a person's media or name: which feature holds it ({@code source}, e.g. {@code posts})
 * and its id there ({@code ref}), the account and platform it is (or will be) on, how far it has
 * gone, what it uses of the person, a short title for the task list and a link to it.
 */
public record PersonUsage(String source, String ref, long accountId, String platform, State state,
    Set<Purpose> purposes, String title, String link) {

  public PersonUsage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(state, "state");
    purposes = Set.copyOf(purposes);
    title = title == null || title.isBlank() ? source + " " + ref : title;
  }

  /** How far a use has gone. */
  public enum State {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
      return switch (this) {
        case DRAFT -> "Draft";
        case SCHEDULED -> "Scheduled";
        case PUBLISHED -> "Published";
        case ARCHIVED -> "Archived";
      };
    }
  }
}
