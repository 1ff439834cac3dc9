package org.steward.app.consent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * The consent register's part (issue #12's tables, V60). For the person pictured or named: their
 * consent records (who gave them, for what, until when), the uploaded form (named, not its bytes,
 * which the DPO can hand over), their history, do-not-publish, the links sent to them or their
 * guardian, their withdrawals and the takedowns those opened. For staff: what they recorded, set
 * and sent, by the other person's id only.
 *
 * <p>Erasure of the person pictured: their consent records stay as the institution's proof of what
 * it was allowed to publish when (UK GDPR Art. 17(3)(e)), but without the giver's name, e-mail,
 * date of birth or note; the uploaded form, the history, the links, do-not-publish and reminders
 * go; withdrawals and their takedowns stay (a takedown still open must still be done: erasing it
 * would leave their picture online), without the requester's name and e-mail. Erasure of a member
 * of staff: the ids they left stay (pseudonyms once their name is erased), and their name, which
 * this register writes as text where it says who acted, is replaced.
 */
@Component
@Order(25)
class ConsentPersonalData extends FeaturePersonalData {
  static final String ERASED = "(erased)";

  private final JdbcClient jdbc;
  private final PeopleService people;

  ConsentPersonalData(JdbcClient jdbc, PeopleService people) {
    super("Consent register",
        "consent_records", "consent_history", "consent_do_not_publish", "consent_links", "consent_withdrawals", "consent_takedowns", "consent_reminders");
    this.jdbc = jdbc;
    this.people = people;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select r.id, r.given_by, r.giver_name, r.giver_email, r.platforms, r.purposes, r.given_at, r.valid_until,"
            + " r.date_of_birth, r.evidence, r.evidence_note, r.status, e.file_name, e.content_type, e.size_bytes"
            + " from consent_records r left join consent_evidence e on e.consent_id = r.id where r.person_id = ? order by r.id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Consent about you", rs.getLong("id"),
            at(rs.getObject("given_at", OffsetDateTime.class)), "Given by", rs.getString("given_by"),
            "Name of who gave it", rs.getString("giver_name"), "Their e-mail", rs.getString("giver_email"),
            "Platforms", rs.getString("platforms"), "For", rs.getString("purposes"),
            "Valid until", text(rs.getObject("valid_until", java.time.LocalDate.class)),
            "Date of birth on the form", text(rs.getObject("date_of_birth", java.time.LocalDate.class)),
            "Evidence", rs.getString("evidence"), "Note", rs.getString("evidence_note"), "Status", rs.getString("status"),
            "Form on file", rs.getString("file_name") == null ? "" : rs.getString("file_name") + " ("
                + rs.getString("content_type") + ", " + rs.getLong("size_bytes") + " bytes; ask the data protection officer for a copy)"))
        .list().forEach(out::add);
    jdbc.sql("select id, consent_id, action, detail, actor_name, at from consent_history where person_id = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Consent history", rs.getLong("id"),
            at(rs.getObject("at", OffsetDateTime.class)), "Consent", text(rs.getObject("consent_id", Long.class)),
            "What happened", rs.getString("action"), "Detail", rs.getString("detail"), "By", rs.getString("actor_name")))
        .list().forEach(out::add);
    jdbc.sql("select person_id, reason, set_at from consent_do_not_publish where person_id = ?")
        .param(personId).query((rs, i) -> PersonalRecord.of("Never to be published", rs.getLong(1),
            at(rs.getObject(3, OffsetDateTime.class)), "Reason", rs.getString(2)))
        .list().forEach(out::add);
    jdbc.sql("select id, given_by, sent_to, giver_name, created_at, expires_at, used_at, outcome from consent_links"
            + " where person_id = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Consent link sent", rs.getLong("id"), at(rs.getObject("created_at", OffsetDateTime.class)),
            "For", rs.getString("given_by"), "Sent to", rs.getString("sent_to"), "Name", rs.getString("giver_name"),
            "Expires", text(at(rs.getObject("expires_at", OffsetDateTime.class))),
            "Used", text(at(rs.getObject("used_at", OffsetDateTime.class))), "Outcome", rs.getString("outcome")))
        .list().forEach(out::add);
    jdbc.sql("select id, consent_id, purposes, requested_at, requested_by, notify_email, status from consent_withdrawals"
            + " where person_id = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Consent withdrawn", rs.getLong("id"), at(rs.getObject("requested_at", OffsetDateTime.class)),
            "Consent", text(rs.getObject("consent_id", Long.class)), "Withdrawn for", rs.getString("purposes"),
            "Asked by", rs.getString("requested_by"), "Tell", rs.getString("notify_email"), "Status", rs.getString("status")))
        .list().forEach(out::add);
    jdbc.sql("select id, withdrawal_id, platform, title, link, status, opened_at, closed_at from consent_takedowns"
            + " where person_id = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Takedown of a use of your picture or name", rs.getLong("id"),
            at(rs.getObject("opened_at", OffsetDateTime.class)), "Withdrawal", Long.toString(rs.getLong("withdrawal_id")),
            "Platform", rs.getString("platform"), "Post", rs.getString("title"), "Link", rs.getString("link"),
            "Status", rs.getString("status"), "Done", text(at(rs.getObject("closed_at", OffsetDateTime.class)))))
        .list().forEach(out::add);
    // What staff did in the register: the other person by id only.
    jdbc.sql("select id, person_id, changed_at from consent_records where recorded_by = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Consent you recorded", rs.getLong(1), at(rs.getObject(3, OffsetDateTime.class)),
            "About person", Long.toString(rs.getLong(2))))
        .list().forEach(out::add);
    jdbc.sql("select person_id, set_at from consent_do_not_publish where set_by = ? order by set_at").param(personId)
        .query((rs, i) -> PersonalRecord.of("Do-not-publish you set", rs.getLong(1), at(rs.getObject(2, OffsetDateTime.class)),
            "About person", Long.toString(rs.getLong(1))))
        .list().forEach(out::add);
    jdbc.sql("select id, person_id, created_at from consent_links where created_by = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Consent link you sent", rs.getLong(1), at(rs.getObject(3, OffsetDateTime.class)),
            "About person", Long.toString(rs.getLong(2))))
        .list().forEach(out::add);
    name(personId).ifPresent(name -> {
      jdbc.sql("select id, person_id, action, at from consent_history where actor_name = ? and person_id <> ? order by id")
          .params(name, personId).query((rs, i) -> PersonalRecord.of("Consent change you made", rs.getLong(1),
              at(rs.getObject(4, OffsetDateTime.class)), "About person", Long.toString(rs.getLong(2)), "What", rs.getString(3)))
          .list().forEach(out::add);
      jdbc.sql("select id, person_id, closed_at from consent_takedowns where closed_by = ? and person_id <> ? order by id")
          .params(name, personId).query((rs, i) -> PersonalRecord.of("Takedown you completed", rs.getLong(1),
              at(rs.getObject(3, OffsetDateTime.class)), "About person", Long.toString(rs.getLong(2))))
          .list().forEach(out::add);
    });
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    // The person pictured or named.
    int n = jdbc.sql("delete from consent_evidence where consent_id in (select id from consent_records where person_id = ?)")
        .param(personId).update();
    n += jdbc.sql("delete from consent_reminders where (kind = 'turning-18' and subject_id = ?)"
        + " or (kind <> 'turning-18' and subject_id in (select id from consent_records where person_id = ?))")
        .params(personId, personId).update();
    n += jdbc.sql("delete from consent_history where person_id = ?").param(personId).update();
    n += jdbc.sql("delete from consent_links where person_id = ?").param(personId).update();
    n += jdbc.sql("delete from consent_do_not_publish where person_id = ?").param(personId).update();
    n += jdbc.sql("update consent_records set giver_name = ?, giver_email = null, date_of_birth = null,"
        + " evidence_note = null where person_id = ?").params(ERASED, personId).update();
    n += jdbc.sql("update consent_withdrawals set requested_by = ?, notify_email = null where person_id = ?")
        .params(ERASED, personId).update();
    // A member of staff: their name where the register says who acted.
    Optional<String> name = name(personId);
    if (name.isPresent()) {
      n += jdbc.sql("update consent_history set actor_name = ? where actor_name = ?").params(ERASED, name.get()).update();
      n += jdbc.sql("update consent_takedowns set closed_by = ? where closed_by = ?").params(ERASED, name.get()).update();
      n += jdbc.sql("update consent_withdrawals set requested_by = ? where requested_by = ?").params(ERASED, name.get()).update();
    }
    return n;
  }

  private Optional<String> name(long personId) {
    return people.get(Actor.SYSTEM, personId).map(Person::displayName).filter(s -> !s.isBlank());
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
