package org.steward.app.consent;

import java.time.LocalDate;
import java.util.List;

/**
 * A consent to record, as a form or the API sends it: whose ({@code personId}), given by
 * {@code person} or {@code guardian} (with the giver's name and e-mail address), for which
 * platforms (none: every platform) and purposes ({@code photo}, {@code video}, {@code name}), on
 * which day, until when (none: until withdrawn), the date of birth stated on the form (when the
 * directory has none), the evidence ({@code form} with a file, or {@code mis}) and a note.
 */
public record NewConsent(Long personId, String givenBy, String giverName, String giverEmail,
    List<String> platforms, List<String> purposes, LocalDate givenOn, LocalDate validUntil,
    LocalDate dateOfBirth, String evidence, String note) {
  public NewConsent {
    platforms = platforms == null ? List.of() : platforms.stream().filter(java.util.Objects::nonNull).toList();
    purposes = purposes == null ? List.of() : purposes.stream().filter(java.util.Objects::nonNull).toList();
  }
}
