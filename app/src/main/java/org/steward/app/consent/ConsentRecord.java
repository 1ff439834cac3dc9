package org.steward.app.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * One consent given for one person: by whom (the person or a guardian), for which platforms
 * (empty: every platform) and purposes, when, until when (null: until withdrawn), the date of
 * birth stated on the form (used only when the directory holds none), and its evidence.
 * A record is never edited: a limit replaces it with a new one, a withdrawal ends it.
 */
public record ConsentRecord(
    long id,
    long personId,
    GivenBy givenBy,
    String giverName,
    String giverEmail,
    Set<String> platforms,
    Set<Purpose> purposes,
    Instant givenAt,
    LocalDate validUntil,
    LocalDate statedDateOfBirth,
    Evidence evidence,
    String evidenceNote,
    Status status,
    Instant endedAt,
    boolean hasFile) {

  public ConsentRecord {
    platforms = Set.copyOf(platforms);
    purposes = Set.copyOf(purposes);
  }

  /** Where a record is in its life. */
  public enum Status {
    ACTIVE, WITHDRAWN, REPLACED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean everyPlatform() {
    return platforms.isEmpty();
  }

  /** Whether it is in force on {@code day} for this platform (null: every platform) and purpose. */
  public boolean covers(String platform, Purpose purpose, LocalDate day) {
    return status == Status.ACTIVE && purposes.contains(purpose)
        && (validUntil == null || !day.isAfter(validUntil))
        && (everyPlatform() || (platform != null && platforms.contains(platform)));
  }

  /** "until July 2027", or "until withdrawn". */
  public String untilInWords() {
    return validUntil == null ? "until withdrawn"
        : "until " + validUntil.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
  }

  public String platformsInWords() {
    return everyPlatform() ? "every platform" : String.join(", ", new java.util.TreeSet<>(platforms));
  }

  public String purposesInWords() {
    return String.join(", ", purposes.stream().sorted().map(Purpose::label).toList());
  }
}
