package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Someone Steward knows: staff, learner or external. */
public record Person(
    long id,
    PersonKind kind,
    String givenName,
    String familyName,
    String email,
    String username,
    LocalDate dateOfBirth,
    long unitId,
    boolean enabled,
    List<RoleGrant> roles) {

  public Person {
    roles = List.copyOf(roles);
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  /** Whether the person is under 18 on the given day; unknown dates of birth count as adult. */
  public boolean isMinorOn(LocalDate day) {
    return dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < 18;
  }

  public boolean holds(Role role) {
    return roles.stream().anyMatch(g -> g.role() == role);
  }
}
