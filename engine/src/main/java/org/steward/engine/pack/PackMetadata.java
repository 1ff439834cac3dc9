package org.steward.engine.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document facts of a policy (DOC-1…DOC-4, DOC-7): who owns and approved it, when it is due for
 * review, who it is for, what it replaces, what it is read with, and the units of the organisation
 * (by code) it is written for; no units means wherever the institution adopts it.
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
    List<String> related,
    List<String> units) {
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
    units = List.copyOf(units);
  }

  /** Document facts of a pack that names no units. */
  public PackMetadata(String owner, String approvedBy, LocalDate approvedOn, LocalDate reviewBy,
      Optional<LocalDate> equalityImpactAssessedOn, Optional<String> amendment, List<String> audience,
      List<String> supersedes, List<String> related) {
    this(owner, approvedBy, approvedOn, reviewBy, equalityImpactAssessedOn, amendment, audience, supersedes,
        related, List.of());
  }

  /** Returns true when the review date has passed on {@code today} (DOC-1: overdue reviews are flagged). */
  public boolean reviewOverdue(LocalDate today) {
    return today.isAfter(reviewBy);
  }
}
