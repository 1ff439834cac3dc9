package org.steward.app.people;

import java.time.LocalDate;
import java.util.List;

/** A person about to be added (from a form, the CSV import or the demo data). */
public record NewPerson(PersonKind kind, String givenName, String familyName, String email,
    String username, LocalDate dateOfBirth, long unitId, List<RoleGrant> roles) {
  public NewPerson {
    roles = List.copyOf(roles);
  }
}
