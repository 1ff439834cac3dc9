package org.steward.app.accounts;

import java.time.LocalDate;
import java.util.List;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.people.People;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.UnitKind;
import org.steward.app.identity.Actor;

/** A small organisation and one person per part the accounts workflow needs. */
final class AccountFixture {
  /** One fixture per Spring context: test classes with the same configuration share a database. */
  static final java.util.Map<Object, AccountFixture> FIXTURES =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  final long group;
  final long creative;
  final long construction;
  final long marketingUnit;
  final Actor staff;
  final Actor coManager;
  final Actor headCreative;
  final Actor headConstruction;
  final Actor hodm;
  final Actor marketing;
  final Actor tutor;
  final Actor learner;
  final Actor otherStaff;
  final Actor hr;

  private final People people;

  AccountFixture(OrganisationService org, PeopleService peopleService, People people,
      String passwordHash) {
    this.people = people;
    Actor sys = Actor.SYSTEM;
    group = org.addUnit(sys, null, "G", "Test Group", UnitKind.GROUP);
    long college = org.addUnit(sys, group, "C1", "Test College", UnitKind.COLLEGE);
    creative = org.addUnit(sys, college, "C1-CREATIVE", "School of Creative Arts", UnitKind.SCHOOL);
    construction = org.addUnit(sys, college, "C1-BUILD", "School of Construction", UnitKind.SCHOOL);
    marketingUnit = org.addUnit(sys, group, "MKT", "Marketing", UnitKind.SERVICE);
    staff = add(peopleService, "sam", PersonKind.STAFF, creative, passwordHash, RoleGrant.of(Role.STAFF));
    coManager = add(peopleService, "cora", PersonKind.STAFF, creative, passwordHash, RoleGrant.of(Role.STAFF));
    headCreative = add(peopleService, "priya", PersonKind.STAFF, creative, passwordHash,
        new RoleGrant(Role.HEAD_OF_UNIT, creative), RoleGrant.of(Role.STAFF));
    headConstruction = add(peopleService, "tom", PersonKind.STAFF, construction, passwordHash,
        new RoleGrant(Role.HEAD_OF_UNIT, construction), RoleGrant.of(Role.STAFF));
    hodm = add(peopleService, "helen", PersonKind.STAFF, marketingUnit, passwordHash,
        RoleGrant.of(Role.HEAD_OF_DIGITAL_MARKETING), RoleGrant.of(Role.STAFF));
    marketing = add(peopleService, "marcus", PersonKind.STAFF, marketingUnit, passwordHash,
        RoleGrant.of(Role.MARKETING), RoleGrant.of(Role.STAFF));
    tutor = add(peopleService, "grace", PersonKind.STAFF, construction, passwordHash,
        RoleGrant.of(Role.TUTOR), RoleGrant.of(Role.STAFF));
    learner = add(peopleService, "jamie", PersonKind.LEARNER, construction, passwordHash,
        RoleGrant.of(Role.LEARNER));
    otherStaff = add(peopleService, "olu", PersonKind.STAFF, construction, passwordHash,
        RoleGrant.of(Role.STAFF));
    hr = add(peopleService, "harriet", PersonKind.STAFF, group, passwordHash, RoleGrant.of(Role.HR),
        RoleGrant.of(Role.STAFF));
  }

  private Actor add(PeopleService ps, String username, PersonKind kind, long unit, String hash,
      RoleGrant... roles) {
    LocalDate dob = kind == PersonKind.LEARNER ? LocalDate.now().minusYears(16) : LocalDate.of(1980, 1, 1);
    long id = ps.add(Actor.SYSTEM, new NewPerson(kind, capital(username), "Tester",
        username + "@test.example", username, dob, unit, List.of(roles)), hash, "fixture");
    return new Actor(id, capital(username) + " Tester", List.of(roles));
  }

  Person person(Actor a) {
    return people.findById(a.personId()).orElseThrow();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static NewAccount account(String handle, long unit) {
    return new NewAccount(Platform.INSTAGRAM, handle, null, "Creative Arts " + handle, unit,
        "Show learners' work and open days", "prospective learners", Visibility.PUBLIC, false,
        "Two posts a week: work in progress, events", "We check comments twice a day and remove"
            + " abuse at once", null, AccountStatus.REQUESTED);
  }
}
