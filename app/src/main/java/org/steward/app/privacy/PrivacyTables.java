package org.steward.app.privacy;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of this feature: subject access requests, monitoring requests and looks, the disposal and erasure logs. */
@Repository
class PrivacyTables {
  private static final String SAR = "id, subject_id, received_on, due_on, status, opened_by, opened_at,"
      + " extended, completed_by, completed_at";
  private static final String MON = "id, subject_id, account, cause, details, days, requested_by,"
      + " approver_id, requested_at, status, decided_at, decision_note, valid_until";

  private final JdbcClient jdbc;

  PrivacyTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- subject access ----------------------------------------------------------------------------

  long insertSar(long subjectId, LocalDate received, LocalDate due, long openedBy, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into subject_access_requests (subject_id, received_on, due_on, status, opened_by, opened_at)"
            + " values (?, ?, ?, 'open', ?, ?)").params(subjectId, received, due, openedBy, stored(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<SubjectAccessRequest> sar(long id) {
    return jdbc.sql("select " + SAR + " from subject_access_requests where id = ?").param(id)
        .query(PrivacyTables::sarRow).optional();
  }

  List<SubjectAccessRequest> sars() {
    return jdbc.sql("select " + SAR + " from subject_access_requests order by case when status = 'open' then 0 else 1 end, due_on, id")
        .query(PrivacyTables::sarRow).list();
  }

  List<SubjectAccessRequest> openSars() {
    return jdbc.sql("select " + SAR + " from subject_access_requests where status = 'open' order by due_on")
        .query(PrivacyTables::sarRow).list();
  }

  List<SubjectAccessRequest> sarsAbout(long personId) {
    return jdbc.sql("select " + SAR + " from subject_access_requests where subject_id = ? or opened_by = ?"
            + " or completed_by = ? order by id").params(personId, personId, personId)
        .query(PrivacyTables::sarRow).list();
  }

  boolean completeSar(long id, long by, Instant at) {
    return jdbc.sql("update subject_access_requests set status = 'completed', completed_by = ?, completed_at = ?"
        + " where id = ? and status = 'open'").params(by, stored(at), id).update() == 1;
  }

  boolean extendSar(long id, LocalDate due) {
    return jdbc.sql("update subject_access_requests set extended = true, due_on = ? where id = ?"
        + " and status = 'open' and extended = false").params(due, id).update() == 1;
  }

  int disposeCompletedSarsBefore(Instant cutoff) {
    return jdbc.sql("delete from subject_access_requests where status = 'completed' and completed_at < ?")
        .param(stored(cutoff)).update();
  }

  private static SubjectAccessRequest sarRow(ResultSet rs, int i) throws SQLException {
    return new SubjectAccessRequest(rs.getLong("id"), rs.getLong("subject_id"),
        rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
        rs.getString("status"), rs.getLong("opened_by"), instant(rs, "opened_at"), rs.getBoolean("extended"),
        rs.getObject("completed_by", Long.class), instant(rs, "completed_at"));
  }

  // --- monitoring --------------------------------------------------------------------------------

  long insertMonitoring(long subjectId, String account, String cause, String details, int days,
      long requestedBy, long approverId, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into monitoring_requests (subject_id, account, cause, details, days, requested_by,"
            + " approver_id, requested_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'requested')")
        .params(subjectId, account, cause, details, days, requestedBy, approverId, stored(at)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<MonitoringRequest> monitoring(long id) {
    return jdbc.sql("select " + MON + " from monitoring_requests where id = ?").param(id)
        .query(PrivacyTables::monRow).optional();
  }

  List<MonitoringRequest> monitorings() {
    return jdbc.sql("select " + MON + " from monitoring_requests order by id desc").query(PrivacyTables::monRow).list();
  }

  List<MonitoringRequest> monitoringsInvolving(long personId) {
    return jdbc.sql("select " + MON + " from monitoring_requests where requested_by = ? or approver_id = ?"
        + " order by id desc").params(personId, personId).query(PrivacyTables::monRow).list();
  }

  List<MonitoringRequest> monitoringsAbout(long personId) {
    return jdbc.sql("select " + MON + " from monitoring_requests where subject_id = ? order by id")
        .param(personId).query(PrivacyTables::monRow).list();
  }

  List<MonitoringRequest> waitingFor(long approverId) {
    return jdbc.sql("select " + MON + " from monitoring_requests where approver_id = ? and status = 'requested'"
        + " order by id").param(approverId).query(PrivacyTables::monRow).list();
  }

  boolean decideMonitoring(long id, String status, String note, Instant at, Instant validUntil) {
    return jdbc.sql("update monitoring_requests set status = ?, decision_note = ?, decided_at = ?, valid_until = ?"
            + " where id = ? and status = 'requested'")
        .params(status, note, stored(at), stored(validUntil), id).update() == 1;
  }

  void insertLook(long requestId, long by, Instant at, String note) {
    jdbc.sql("insert into monitoring_looks (request_id, looked_by, looked_at, note) values (?, ?, ?, ?)")
        .params(requestId, by, stored(at), note).update();
  }

  List<MonitoringRequest.Look> looks(long requestId) {
    return jdbc.sql("select id, request_id, looked_by, looked_at, note from monitoring_looks where request_id = ? order by id")
        .param(requestId).query(PrivacyTables::lookRow).list();
  }

  List<MonitoringRequest.Look> looksBy(long personId) {
    return jdbc.sql("select id, request_id, looked_by, looked_at, note from monitoring_looks where looked_by = ? order by id")
        .param(personId).query(PrivacyTables::lookRow).list();
  }

  int disposeMonitoringBefore(Instant cutoff) {
    String old = "select id from monitoring_requests where coalesce(valid_until, decided_at, requested_at) < ?"
        + " and status <> 'requested'";
    jdbc.sql("delete from monitoring_looks where request_id in (" + old + ")").param(stored(cutoff)).update();
    return jdbc.sql("delete from monitoring_requests where id in (" + old + ")").param(stored(cutoff)).update();
  }

  /** Erasure of the person monitored: the requests about them and every look go. */
  int eraseMonitoringOf(long personId) {
    int n = jdbc.sql("delete from monitoring_looks where request_id in (select id from monitoring_requests"
        + " where subject_id = ?)").param(personId).update();
    return n + jdbc.sql("delete from monitoring_requests where subject_id = ?").param(personId).update();
  }

  private static MonitoringRequest monRow(ResultSet rs, int i) throws SQLException {
    return new MonitoringRequest(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("account"),
        rs.getString("cause"), rs.getString("details"), rs.getInt("days"), rs.getLong("requested_by"),
        rs.getLong("approver_id"), instant(rs, "requested_at"), rs.getString("status"),
        instant(rs, "decided_at"), rs.getString("decision_note"), instant(rs, "valid_until"));
  }

  private static MonitoringRequest.Look lookRow(ResultSet rs, int i) throws SQLException {
    return new MonitoringRequest.Look(rs.getLong(1), rs.getLong(2), rs.getLong(3),
        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
  }

  // --- logs --------------------------------------------------------------------------------------

  void logDisposal(String recordType, String period, Instant cutoff, int disposed, Instant at) {
    jdbc.sql("insert into disposal_log (record_type, period, cutoff, disposed, disposed_at) values (?, ?, ?, ?, ?)")
        .params(recordType, period, stored(cutoff), disposed, stored(at)).update();
  }

  record Disposal(String recordType, String period, Instant cutoff, int disposed, Instant at) {}

  List<Disposal> disposals(int limit) {
    return jdbc.sql("select record_type, period, cutoff, disposed, disposed_at from disposal_log order by id desc limit ?")
        .param(limit).query((rs, i) -> new Disposal(rs.getString(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4),
            rs.getObject(5, OffsetDateTime.class).toInstant())).list();
  }

  void logErasure(long personRef, long by, Instant at, int records) {
    jdbc.sql("insert into erasure_log (person_ref, erased_by, erased_at, records) values (?, ?, ?, ?)")
        .params(personRef, by, stored(at), records).update();
  }

  boolean erased(long personRef) {
    return jdbc.sql("select count(*) from erasure_log where person_ref = ?").param(personRef)
        .query(Long.class).single() > 0;
  }

  long countSars() {
    return jdbc.sql("select count(*) from subject_access_requests").query(Long.class).single();
  }
}
