package org.steward.app.consent;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consent tables (V60); used only inside this package. */
@Repository
class ConsentStore {
  private static final String RECORD = "select r.id, r.person_id, r.given_by, r.giver_name,"
      + " r.giver_email, r.platforms, r.purposes, r.given_at, r.valid_until, r.date_of_birth, r.evidence,"
      + " r.evidence_note, r.status, r.ended_at,"
      + " (select count(*) from consent_evidence e where e.consent_id = r.id) as files"
      + " from consent_records r";

  private final JdbcClient jdbc;

  ConsentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- records

  long insertRecord(long personId, GivenBy by, String giverName, String giverEmail,
      Set<String> platforms, Set<Purpose> purposes, Instant givenAt, LocalDate until,
      LocalDate statedDob, Evidence evidence, String note, Long recordedBy) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into consent_records (person_id, given_by, giver_name, giver_email, platforms,"
            + " purposes, given_at, valid_until, date_of_birth, evidence, evidence_note, status,"
            + " recorded_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)")
        .params(personId, by.code(), giverName, giverEmail,
            platforms.isEmpty() ? "*" : String.join(",", new TreeSet<>(platforms)),
            Purpose.joined(purposes), stored(givenAt), until, statedDob, evidence.code(), note, recordedBy, stored(givenAt))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<ConsentRecord> record(long id) {
    return jdbc.sql(RECORD + " where r.id = ?").param(id).query(ConsentStore::record).optional();
  }

  List<ConsentRecord> recordsOf(long personId) {
    return jdbc.sql(RECORD + " where r.person_id = ? order by r.given_at desc, r.id desc")
        .param(personId).query(ConsentStore::record).list();
  }

  /** Active records of these people, by person. */
  Map<Long, List<ConsentRecord>> activeOf(Collection<Long> personIds) {
    Map<Long, List<ConsentRecord>> out = new HashMap<>();
    if (personIds.isEmpty()) {
      return out;
    }
    jdbc.sql(RECORD + " where r.status = 'active' and r.person_id in (:ids)")
        .param("ids", Set.copyOf(personIds)).query(ConsentStore::record).list()
        .forEach(r -> out.computeIfAbsent(r.personId(), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }

  List<ConsentRecord> allActive() {
    return jdbc.sql(RECORD + " where r.status = 'active'").query(ConsentStore::record).list();
  }

  /** Ends an active record; 0 when it was no longer active (someone else ended it first). */
  int end(long id, ConsentRecord.Status status, Instant at) {
    return jdbc.sql("update consent_records set status = ?, ended_at = ?, changed_at = ?"
            + " where id = ? and status = 'active'")
        .params(status.code(), stored(at), stored(at), id).update();
  }

  long countRecords() {
    return jdbc.sql("select count(*) from consent_records").query(Long.class).single();
  }

  // --- history

  void history(Long consentId, long personId, String action, String detail, String actorName, Instant at) {
    jdbc.sql("insert into consent_history (consent_id, person_id, action, detail, actor_name, at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(consentId, personId, action, detail, actorName, stored(at)).update();
  }

  List<HistoryEntry> historyOf(long personId) {
    return jdbc.sql("select consent_id, action, detail, actor_name, at from consent_history"
            + " where person_id = ? order by at desc, id desc")
        .param(personId).query((rs, i) -> new HistoryEntry((Long) rs.getObject(1, Long.class),
            rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5))).list();
  }

  List<HistoryEntry> historyOfRecord(long consentId) {
    return jdbc.sql("select consent_id, action, detail, actor_name, at from consent_history"
            + " where consent_id = ? order by at desc, id desc")
        .param(consentId).query((rs, i) -> new HistoryEntry((Long) rs.getObject(1, Long.class),
            rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5))).list();
  }

  // --- evidence

  void evidence(long consentId, String fileName, String contentType, byte[] content) {
    jdbc.sql("insert into consent_evidence (consent_id, file_name, content_type, size_bytes, content)"
            + " values (?, ?, ?, ?, ?)")
        .params(consentId, fileName, contentType, content.length, content).update();
  }

  record EvidenceFile(String fileName, String contentType, byte[] content) {}

  Optional<EvidenceFile> evidenceOf(long consentId) {
    return jdbc.sql("select file_name, content_type, content from consent_evidence where consent_id = ?")
        .param(consentId).query((rs, i) -> new EvidenceFile(rs.getString(1), rs.getString(2),
            rs.getBytes(3))).optional();
  }

  // --- do not publish

  record DoNotPublish(long personId, String reason, Instant setAt) {}

  void setDoNotPublish(long personId, String reason, Long setBy, Instant at) {
    int n = jdbc.sql("update consent_do_not_publish set reason = ?, set_by = ?, set_at = ? where person_id = ?")
        .params(reason, setBy, stored(at), personId).update();
    if (n == 0) {
      jdbc.sql("insert into consent_do_not_publish (person_id, reason, set_by, set_at) values (?, ?, ?, ?)")
          .params(personId, reason, setBy, stored(at)).update();
    }
  }

  int clearDoNotPublish(long personId) {
    return jdbc.sql("delete from consent_do_not_publish where person_id = ?").param(personId).update();
  }

  Optional<DoNotPublish> doNotPublish(long personId) {
    return jdbc.sql("select person_id, reason, set_at from consent_do_not_publish where person_id = ?")
        .param(personId).query((rs, i) -> new DoNotPublish(rs.getLong(1), rs.getString(2),
            instant(rs, 3))).optional();
  }

  List<DoNotPublish> allDoNotPublish() {
    return jdbc.sql("select person_id, reason, set_at from consent_do_not_publish order by set_at")
        .query((rs, i) -> new DoNotPublish(rs.getLong(1), rs.getString(2), instant(rs, 3))).list();
  }

  Set<Long> doNotPublishAmong(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("select person_id from consent_do_not_publish where person_id in (:ids)")
        .param("ids", Set.copyOf(personIds)).query(Long.class).list());
  }

  // --- links

  record Link(long id, long personId, GivenBy givenBy, String sentTo, String giverName,
      Instant expiresAt, Instant usedAt, String outcome) {}

  long insertLink(String tokenHash, long personId, GivenBy by, String sentTo, String giverName,
      Long createdBy, Instant at, Instant expires) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into consent_links (token_hash, person_id, given_by, sent_to, giver_name,"
            + " created_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tokenHash, personId, by.code(), sentTo, giverName, createdBy, stored(at), stored(expires))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<Link> linkByHash(String tokenHash) {
    return jdbc.sql("select id, person_id, given_by, sent_to, giver_name, expires_at, used_at, outcome"
            + " from consent_links where token_hash = ?")
        .param(tokenHash).query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2),
            GivenBy.fromCode(rs.getString(3)).orElseThrow(), rs.getString(4), rs.getString(5),
            instant(rs, 6), instant(rs, 7), rs.getString(8))).optional();
  }

  /** Uses a link once: 0 when it had been used already (a second tab, a double click). */
  int useLink(long id, String outcome, Instant at) {
    return jdbc.sql("update consent_links set used_at = ?, outcome = ? where id = ? and used_at is null")
        .params(stored(at), outcome, id).update();
  }

  // --- withdrawals and takedowns

  long insertWithdrawal(long personId, Long consentId, Set<Purpose> purposes, String by,
      String notifyEmail, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into consent_withdrawals (person_id, consent_id, purposes, requested_at,"
            + " requested_by, notify_email, status) values (?, ?, ?, ?, ?, ?, 'open')")
        .params(personId, consentId, Purpose.joined(purposes), stored(at), by, notifyEmail)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<Withdrawal> withdrawal(long id) {
    return jdbc.sql("select id, person_id, consent_id, purposes, requested_at, requested_by,"
            + " notify_email, status, confirmed_at from consent_withdrawals where id = ?")
        .param(id).query(ConsentStore::withdrawal).optional();
  }

  List<Withdrawal> withdrawalsOf(long personId) {
    return jdbc.sql("select id, person_id, consent_id, purposes, requested_at, requested_by,"
            + " notify_email, status, confirmed_at from consent_withdrawals where person_id = ?"
            + " order by requested_at desc, id desc")
        .param(personId).query(ConsentStore::withdrawal).list();
  }

  int markWithdrawalDone(long id, Instant at) {
    return jdbc.sql("update consent_withdrawals set status = 'done', confirmed_at = ?"
            + " where id = ? and status = 'open'").params(stored(at), id).update();
  }

  /** Opens a takedown task; false when this withdrawal already has one for the use. */
  boolean insertTakedown(long withdrawalId, long personId, PersonUsage u, Instant deadline, Instant at) {
    // "where not exists" rather than catching the unique key: on PostgreSQL a failed insert
    // would abort the whole transaction.
    return jdbc.sql("insert into consent_takedowns (withdrawal_id, person_id, usage_source, usage_ref,"
            + " account_id, platform, usage_state, title, link, deadline, status, opened_at)"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ? where not exists (select 1 from"
            + " consent_takedowns where withdrawal_id = ? and usage_source = ? and usage_ref = ?)")
        .params(withdrawalId, personId, u.source(), u.ref(), u.accountId(), u.platform(),
            u.state().code(), cut(u.title(), 300), u.link() == null ? null : cut(u.link(), 500),
            stored(deadline), stored(at), withdrawalId, u.source(), u.ref())
        .update() == 1;
  }

  private static final String TAKEDOWN = "select id, withdrawal_id, person_id, usage_source, usage_ref,"
      + " account_id, platform, usage_state, title, link, deadline, status, opened_at, closed_at,"
      + " closed_by, note, escalated_at from consent_takedowns";

  Optional<Takedown> takedown(long id) {
    return jdbc.sql(TAKEDOWN + " where id = ?").param(id).query(ConsentStore::takedown).optional();
  }

  List<Takedown> takedownsOf(long withdrawalId) {
    return jdbc.sql(TAKEDOWN + " where withdrawal_id = ? order by id").param(withdrawalId)
        .query(ConsentStore::takedown).list();
  }

  List<Takedown> openTakedowns() {
    return jdbc.sql(TAKEDOWN + " where status <> 'done' order by opened_at, id")
        .query(ConsentStore::takedown).list();
  }

  List<Takedown> overdue(Instant now) {
    return jdbc.sql(TAKEDOWN + " where status = 'open' and deadline < ? order by id")
        .param(stored(now)).query(ConsentStore::takedown).list();
  }

  /** Closes an open or escalated task; 0 when it was closed already. */
  int closeTakedown(long id, String by, String note, Instant at) {
    return jdbc.sql("update consent_takedowns set status = 'done', closed_at = ?, closed_by = ?, note = ?"
            + " where id = ? and status <> 'done'").params(stored(at), by, note, id).update();
  }

  void noteTakedown(long id, String note, boolean retry) {
    jdbc.sql("update consent_takedowns set note = ?, retry = ? where id = ? and status <> 'done'")
        .params(cut(note, 2000), retry, id).update();
  }

  List<Long> toRetry() {
    return jdbc.sql("select id from consent_takedowns where retry = true and status <> 'done' order by id")
        .query(Long.class).list();
  }

  int escalate(long id, Instant at) {
    return jdbc.sql("update consent_takedowns set status = 'escalated', escalated_at = ?"
            + " where id = ? and status = 'open'").params(stored(at), id).update();
  }

  // --- reminders

  /** Records a reminder; false when it was sent already. */
  boolean remind(String kind, long subjectId, LocalDate due, Instant at) {
    return jdbc.sql("insert into consent_reminders (kind, subject_id, due, sent_at) select ?, ?, ?, ?"
            + " where not exists (select 1 from consent_reminders where kind = ? and subject_id = ? and due = ?)")
        .params(kind, subjectId, due, stored(at), kind, subjectId, due).update() == 1;
  }

  // --- mapping

  private static ConsentRecord record(ResultSet rs, int row) throws SQLException {
    String platforms = rs.getString("platforms");
    Set<String> ps = "*".equals(platforms) ? Set.of() : Set.of(platforms.split(","));
    return new ConsentRecord(rs.getLong("id"), rs.getLong("person_id"),
        GivenBy.fromCode(rs.getString("given_by")).orElseThrow(), rs.getString("giver_name"),
        rs.getString("giver_email"), ps, Purpose.parseAll(rs.getString("purposes")),
        instant(rs, "given_at"), rs.getObject("valid_until", LocalDate.class),
        rs.getObject("date_of_birth", LocalDate.class),
        Evidence.fromCode(rs.getString("evidence")).orElseThrow(), rs.getString("evidence_note"),
        ConsentRecord.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
        instant(rs, "ended_at"), rs.getLong("files") > 0);
  }

  private static Withdrawal withdrawal(ResultSet rs, int row) throws SQLException {
    return new Withdrawal(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
        Purpose.parseAll(rs.getString(4)), instant(rs, 5), rs.getString(6), rs.getString(7),
        "done".equals(rs.getString(8)), instant(rs, 9));
  }

  private static Takedown takedown(ResultSet rs, int row) throws SQLException {
    return new Takedown(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
        rs.getLong(6), rs.getString(7),
        PersonUsage.State.valueOf(rs.getString(8).toUpperCase(java.util.Locale.ROOT)), rs.getString(9),
        rs.getString(10), instant(rs, 11),
        Takedown.Status.valueOf(rs.getString(12).toUpperCase(java.util.Locale.ROOT)), instant(rs, 13),
        instant(rs, 14), rs.getString(15), rs.getString(16), instant(rs, 17));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
