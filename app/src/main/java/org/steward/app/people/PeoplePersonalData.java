package org.steward.app.people;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.audit.AuditErasure;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;
import org.steward.app.identity.RoleGrant;

/**
 * The directory's part of a subject access export and an erasure. Erasure keeps the row (every
 * feature and the audit trail refer to people by id) but removes everything that identifies the
 * person: name, e-mail, username, date of birth, password and roles; the id becomes a pseudonym
 * ("Erased person 12"). Runs last, after every other feature has erased what it holds.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeoplePersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;
  private final People people;
  private final AuditErasure audit;

  PeoplePersonalData(JdbcClient jdbc, People people, AuditErasure audit) {
    super("People and organisation", "people", "person_roles");
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    return people.findById(personId).map(p -> List.of(PersonalRecord.of("Person", p.id(), null,
        "Kind", p.kind().name().toLowerCase(java.util.Locale.ROOT), "Given name", p.givenName(),
        "Family name", p.familyName(), "E-mail", p.email(), "Username", p.username(),
        "Date of birth", p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(),
        "Unit", Long.toString(p.unitId()), "Can sign in", Boolean.toString(p.enabled()),
        "Roles", String.join(", ", p.roles().stream().map(PeoplePersonalData::role).toList()))))
        .orElse(List.of());
  }

  private static String role(RoleGrant g) {
    return g.role().label() + (g.unitId() == null ? "" : " (unit " + g.unitId() + ")");
  }

  @Override
  public int erase(Actor actor, long personId) {
    // What others typed about them (a leaving reason, a note) names them: those reasons go first.
    int mentions = people.findById(personId).map(p -> audit.eraseReasonsMentioning(actor, p.displayName())
        + audit.eraseReasonsMentioning(actor, p.email())).orElse(0);
    int roles = jdbc.sql("delete from person_roles where person_id = ?").param(personId).update();
    int person = jdbc.sql("update people set given_name = 'Erased', family_name = ?, email = ?, username = ?,"
            + " date_of_birth = null, password_hash = null, enabled = false, failed_sign_ins = 0,"
            + " locked_until = null where id = ?")
        .params("person " + personId, "erased-" + personId + "@erased.invalid", "erased-" + personId, personId)
        .update();
    return mentions + roles + person;
  }
}
