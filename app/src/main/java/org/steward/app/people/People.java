package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** People and their roles, stored in {@code people} and {@code person_roles}. */
@Repository
public class People {
  private static final String COLUMNS =
      "id, kind, given_name, family_name, email, username, date_of_birth, unit_id, enabled";

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The sign-in record of a person: what the authentication needs and nothing more. */
  public record Credentials(long personId, String username, String passwordHash, boolean enabled,
      int failedSignIns, Instant lockedUntil) {}

  public Optional<Person> findById(long id) {
    return withRoles(jdbc.sql("select " + COLUMNS + " from people where id = ?").param(id)
        .query(People::person).list()).stream().findFirst();
  }

  public Optional<Person> findByUsername(String username) {
    return withRoles(jdbc.sql("select " + COLUMNS + " from people where lower(username) = lower(?)")
        .param(username).query(People::person).list()).stream().findFirst();
  }

  public Optional<Person> findByEmail(String email) {
    return withRoles(jdbc.sql("select " + COLUMNS + " from people where lower(email) = lower(?)")
        .param(email).query(People::person).list()).stream().findFirst();
  }

  /** The people with these ids (unknown ids are left out), in no particular order. */
  public List<Person> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return withRoles(jdbc.sql("select " + COLUMNS + " from people where id in (:ids)")
        .param("ids", ids).query(People::person).list());
  }

  /** The id of the person with this username, or e-mail address when it contains '@' (both lower case). */
  public Optional<Long> idByUsernameOrEmail(String lowerCase) {
    return jdbc.sql("select id from people where "
            + (lowerCase.contains("@") ? "email" : "username") + " = ?")
        .param(lowerCase).query(Long.class).optional();
  }

  /** Enabled people holding {@code role}, in any of {@code unitIds} when the role is scoped. */
  public List<Long> enabledHolders(Role role, Collection<Long> unitIds) {
    if (role.scoped()) {
      if (unitIds.isEmpty()) {
        return List.of();
      }
      return jdbc.sql("select distinct r.person_id from person_roles r join people p"
              + " on p.id = r.person_id where r.role = :role and r.unit_id in (:units)"
              + " and p.enabled = true")
          .param("role", role.name()).param("units", unitIds).query(Long.class).list();
    }
    return jdbc.sql("select distinct r.person_id from person_roles r join people p"
            + " on p.id = r.person_id where r.role = ? and p.enabled = true")
        .param(role.name()).query(Long.class).list();
  }

  /** People in the given units (all people when {@code unitIds} is null), by family name. */
  public List<Person> findInUnits(Collection<Long> unitIds, int limit, long offset) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    String where = unitIds == null ? "" : " where unit_id in (:units)";
    var spec = jdbc.sql("select " + COLUMNS + " from people" + where
        + " order by family_name, given_name, id limit :limit offset :offset")
        .param("limit", limit).param("offset", offset);
    if (unitIds != null) {
      spec = spec.param("units", unitIds);
    }
    return withRoles(spec.query(People::person).list());
  }

  public long countInUnits(Collection<Long> unitIds) {
    if (unitIds == null) {
      return count();
    }
    if (unitIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from people where unit_id in (:units)")
        .param("units", unitIds).query(Long.class).single();
  }

  public long count() {
    return jdbc.sql("select count(*) from people").query(Long.class).single();
  }

  public long countByKind(PersonKind kind) {
    return jdbc.sql("select count(*) from people where kind = ?").param(kind.code())
        .query(Long.class).single();
  }

  public Optional<Credentials> credentials(String username) {
    return jdbc.sql("select id, username, password_hash, enabled, failed_sign_ins, locked_until"
            + " from people where lower(username) = lower(?)")
        .param(username)
        .query((rs, i) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getBoolean(4), rs.getInt(5), instant(rs, 6)))
        .optional();
  }

  /** Inserts a person with roles and returns the new id. */
  public long insert(NewPerson p, String passwordHash) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into people (kind, given_name, family_name, email, username, date_of_birth,"
            + " unit_id, password_hash) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(p.kind().code(), p.givenName(), p.familyName(), p.email(), p.username(),
            p.dateOfBirth(), p.unitId(), passwordHash)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class) != null ? keys.getKeyAs(Number.class).longValue()
        : findByUsername(p.username()).orElseThrow().id();
    insertRoles(id, p.roles());
    return id;
  }

  /** Replaces every role of a person. */
  public void replaceRoles(long personId, List<RoleGrant> roles) {
    jdbc.sql("delete from person_roles where person_id = ?").param(personId).update();
    insertRoles(personId, roles);
  }

  private void insertRoles(long personId, List<RoleGrant> roles) {
    for (RoleGrant g : new java.util.LinkedHashSet<>(roles)) {
      jdbc.sql("insert into person_roles (person_id, role, unit_id) values (?, ?, ?)")
          .params(personId, g.role().name(), g.unitId()).update();
    }
  }

  public void recordFailedSignIn(long personId, int failures, Instant lockedUntil) {
    jdbc.sql("update people set failed_sign_ins = ?, locked_until = ? where id = ?")
        .params(failures, lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC), personId)
        .update();
  }

  /** Stops a person signing in; their record stays for the audit trail and history. */
  public void disable(long personId) {
    jdbc.sql("update people set enabled = false where id = ?").param(personId).update();
  }

  public void recordSuccessfulSignIn(long personId) {
    // Most sign-ins (every HTTP Basic call) follow no failure: write only when there is one.
    jdbc.sql("update people set failed_sign_ins = 0, locked_until = null where id = ?"
            + " and (failed_sign_ins <> 0 or locked_until is not null)")
        .param(personId).update();
  }

  private List<Person> withRoles(List<Person> people) {
    if (people.isEmpty()) {
      return people;
    }
    Map<Long, List<RoleGrant>> grants = new HashMap<>();
    jdbc.sql("select person_id, role, unit_id from person_roles where person_id in (:ids)")
        .param("ids", people.stream().map(Person::id).toList())
        .query(rs -> {
          grants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new RoleGrant(Role.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class)));
        });
    return people.stream()
        .map(p -> new Person(p.id(), p.kind(), p.givenName(), p.familyName(), p.email(),
            p.username(), p.dateOfBirth(), p.unitId(), p.enabled(),
            grants.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    return new Person(rs.getLong("id"), PersonKind.fromCode(rs.getString("kind")).orElseThrow(),
        rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"),
        rs.getString("username"), rs.getObject("date_of_birth", LocalDate.class),
        rs.getLong("unit_id"), rs.getBoolean("enabled"), List.of());
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
