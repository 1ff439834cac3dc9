package org.steward.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the app knows about an account, checked by the {@code account.*} detectors: how many staff
 * share its management (ACC-7), whether a teaching group is public (ACC-9), members who are not
 * genuine learners or staff (ACC-10), current learners it follows (ACC-11), and the e-mail it was
 * registered with (PER-5).
 */
public record AccountFacts(
    AccountKind kind,
    String audience,
    int staffManagers,
    boolean teachingGroup,
    boolean publiclyVisible,
    List<String> unknownMembers,
    List<String> followedLearners,
    String registrationEmail) {
  public AccountFacts {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    unknownMembers = List.copyOf(unknownMembers);
    followedLearners = List.copyOf(followedLearners);
    Objects.requireNonNull(registrationEmail, "registrationEmail");
    if (staffManagers < 0) {
      throw new IllegalArgumentException("staffManagers must not be negative");
    }
  }
}
