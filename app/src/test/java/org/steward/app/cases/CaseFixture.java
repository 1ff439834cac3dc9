package org.steward.app.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.people.UnitKind;

/** A small organisation with one person holding each role, and nothing else (built once per database). */
final class CaseFixture {
  static final Map<Object, CaseFixture> FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();

  final long unit;
  final Map<Role, Actor> byRole = new EnumMap<>(Role.class);

  CaseFixture(OrganisationService org, PeopleService people, String hash) {
    long group = org.addUnit(Actor.SYSTEM, null, "CASE-G", "Case Test Group", UnitKind.GROUP);
    unit = org.addUnit(Actor.SYSTEM, group, "CASE-C", "Case Test College", UnitKind.COLLEGE);
    for (Role r : Role.values()) {
      RoleGrant grant = new RoleGrant(r, r.scoped() ? unit : null);
      PersonKind kind = r == Role.LEARNER ? PersonKind.LEARNER : PersonKind.STAFF;
      String username = "case-" + r.code();
      LocalDate dob = kind == PersonKind.LEARNER ? LocalDate.now().minusYears(16) : LocalDate.of(1980, 1, 1);
      long id = people.add(Actor.SYSTEM, new NewPerson(kind, "Case", r.label().replace(' ', '-'),
          username + "@test.example", username, dob, unit, List.of(grant)), hash, "fixture");
      byRole.put(r, new Actor(id, "Case " + r.label(), List.of(grant)));
    }
  }

  Actor as(Role r) {
    return byRole.get(r);
  }
}
