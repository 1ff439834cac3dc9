package org.steward.app.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.identity.Role;
import org.steward.app.people.Unit;
import org.steward.app.people.UnitKind;
import org.steward.app.identity.Actor;

/**
 * What the accounts feature needs from the people directory and the organisation tree: a person
 * (through {@link PeopleService}), a person by username or e-mail, the units, and who holds an
 * approving role for a unit. The last three are read-only queries because the people feature
 * offers no such lookup yet; they belong in {@code PeopleService} / {@code OrganisationService}
 * and move there when those services grow them.
 */
@Component
class AccountDirectory {
  private final PeopleService people;
  private final JdbcClient jdbc;

  AccountDirectory(PeopleService people, JdbcClient jdbc) {
    this.people = people;
    this.jdbc = jdbc;
  }

  Optional<Person> person(long id) {
    return people.get(Actor.SYSTEM, id);
  }

  /** Finds a person by username or e-mail address (both stored in lower case). */
  Optional<Person> find(String usernameOrEmail) {
    if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
      return Optional.empty();
    }
    String t = usernameOrEmail.trim().toLowerCase(Locale.ROOT);
    return jdbc.sql("select id from people where " + (t.contains("@") ? "email" : "username") + " = ?")
        .param(t).query(Long.class).optional().flatMap(this::person);
  }

  List<Unit> allUnits() {
    return jdbc.sql("select id, parent_id, code, name, kind from units order by name")
        .query((rs, i) -> new Unit(rs.getLong("id"), rs.getObject("parent_id", Long.class),
            rs.getString("code"), rs.getString("name"),
            UnitKind.fromCode(rs.getString("kind")).orElseThrow()))
        .list();
  }

  Optional<Unit> unit(long id) {
    return allUnits().stream().filter(u -> u.id() == id).findFirst();
  }

  Optional<Unit> unitByCode(String code) {
    return code == null ? Optional.empty()
        : allUnits().stream().filter(u -> u.code().equalsIgnoreCase(code.trim())).findFirst();
  }

  /** The unit and its ancestors up to the group. */
  List<Long> ancestry(long unitId) {
    List<Unit> all = allUnits();
    List<Long> out = new ArrayList<>();
    Long at = unitId;
    while (at != null && !out.contains(at)) {
      out.add(at);
      long current = at;
      at = all.stream().filter(u -> u.id() == current).findFirst().map(Unit::parentId).orElse(null);
    }
    return out;
  }

  /** Whether {@code unitId} lies in the subtree of {@code rootId}. */
  boolean within(long unitId, long rootId) {
    return ancestry(unitId).contains(rootId);
  }

  /** People who head the unit or a unit above it (ACC-2 approvers in the head-of-unit capacity). */
  List<Long> headsOf(long unitId) {
    List<Long> chain = ancestry(unitId);
    return jdbc.sql("select distinct r.person_id from person_roles r join people p on p.id = r.person_id"
            + " where r.role = 'HEAD_OF_UNIT' and r.unit_id in (:units) and p.enabled = true")
        .param("units", chain).query(Long.class).list();
  }

  /** Enabled people holding a whole-organisation role. */
  List<Long> holders(Role role) {
    return jdbc.sql("select distinct r.person_id from person_roles r join people p on p.id = r.person_id"
            + " where r.role = ? and p.enabled = true")
        .param(role.name()).query(Long.class).list();
  }
}
