package org.steward.engine.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document facts of a policy (DOC-1…DOC-4): who owns and approved it, when it is due for review,
 * who it is for, what it replaces and what it is read with.
 */
public record PackMetadata(
    String owner,
    String approvedBy,
    LocalDate approvedOn,
    LocalDate reviewBy,
    Optional<LocalDate> equalityImpactAssessedOn,
    Optional<String> amendment,
    List<String> audience,
    List<String> supersedes,
    List<String> related) {
  public PackMetadata {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(reviewBy, "reviewBy");
    Objects.requireNonNull(equalityImpactAssessedOn, "equalityImpactAssessedOn");
    Objects.requireNonNull(amendment, "amendment");
    audience = List.copyOf(audience);
    supersedes = List.copyOf(supersedes);
    related = List.copyOf(related);
  }

  /** Returns true when the review date has passed on {@code today} (DOC-1: overdue reviews are flagged). */
  public boolean reviewOverdue(LocalDate today) {
    return today.isAfter(reviewBy);
  }
}
