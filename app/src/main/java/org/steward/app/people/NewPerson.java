package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person about to be added (from a form, the CSV import or the demo data). E-mail addresses
 * and usernames are stored in lower case, so uniqueness holds whatever the case people type.
 */
public record NewPerson(PersonKind kind, String givenName, String familyName, String email,
    String username, LocalDate dateOfBirth, long unitId, List<RoleGrant> roles) {
  public NewPerson {
    roles = List.copyOf(roles);
    email = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
