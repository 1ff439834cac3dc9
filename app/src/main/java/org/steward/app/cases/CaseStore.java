package org.steward.app.cases;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The cases feature's tables; used only inside this package. Text columns hold ciphertext. */
@Repository
class CaseStore {
  private static final String COLUMNS = "id, type, status, priority, source, anonymous, receipt_hash,"
      + " account_id, assigned_to, opened_at, aware_at, triage_due_at, due_at, alerted_at, closed_at,"
      + " outcome, master_key_id, wrapped_key, details";

  private final JdbcClient jdbc;

  CaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new case to insert; its details are sealed once its id is known ({@link #sealDetails}). */
  record NewRow(CaseType type, Priority priority, String source, boolean anonymous, String receiptHash,
      Long accountId, Instant openedAt, Instant awareAt, Instant triageDueAt, Instant dueAt,
      String masterKeyId, String wrappedKey) {}

  long insert(NewRow r) {
    var holder = new GeneratedKeyHolder();
    jdbc.sql("insert into cases (type, status, priority, source, anonymous, receipt_hash, account_id,"
            + " opened_at, aware_at, triage_due_at, due_at, master_key_id, wrapped_key, details, updated_at)"
            + " values (?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)")
        .params(r.type().code(), r.priority().code(), r.source(), r.anonymous(), r.receiptHash(),
            r.accountId(), stored(r.openedAt()), stored(r.awareAt()), stored(r.triageDueAt()), stored(r.dueAt()),
            r.masterKeyId(), r.wrappedKey(), stored(r.openedAt()))
        .update(holder, "id");
    return holder.getKeyAs(Number.class).longValue();
  }

  void sealDetails(long id, String details, Instant now) {
    jdbc.sql("update cases set details = ?, updated_at = ? where id = ?").params(details, stored(now), id).update();
  }

  /** Every case's id, oldest first (what a case says about whom is sealed: only opening it tells). */
  List<Long> ids() {
    return jdbc.sql("select id from cases order by id").query(Long.class).list();
  }

  Optional<CaseRecord> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from cases where id = ?").param(id).query(CaseStore::row).optional();
  }

  /** The case, locked for a change until the transaction ends. */
  Optional<CaseRecord> locked(long id) {
    return jdbc.sql("select " + COLUMNS + " from cases where id = ? for update").param(id)
        .query(CaseStore::row).optional();
  }

  Optional<CaseRecord> byReceipt(String receiptHash) {
    return jdbc.sql("select " + COLUMNS + " from cases where receipt_hash = ?").param(receiptHash)
        .query(CaseStore::row).optional();
  }

  /** Cases of these types, open ones first (most urgent, then the soonest limit), then closed. */
  List<CaseRecord> ofTypes(Collection<CaseType> types, boolean includeClosed, int limit) {
    if (types.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from cases where type in (:types)"
            + (includeClosed ? "" : " and status <> 'closed'")
            + " order by case when status = 'closed' then 1 else 0 end,"
            + " case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end,"
            + " due_at, id limit :limit")
        .param("types", types.stream().map(CaseType::code).toList()).param("limit", limit)
        .query(CaseStore::row).list();
  }

  /** Open cases whose running time limit passed and whose readers have not been alerted since. */
  List<CaseRecord> overdueNotAlerted(Instant now) {
    return jdbc.sql("select " + COLUMNS + " from cases where status <> 'closed' and alerted_at is null"
            + " and ((status = 'new' and triage_due_at < :now) or (status <> 'new' and due_at < :now))"
            + " order by id")
        .param("now", stored(now)).query(CaseStore::row).list();
  }

  /** Open cases of a source and type opened since a moment (to add to rather than open again). */
  List<CaseRecord> openFrom(String source, CaseType type, Instant since) {
    return jdbc.sql("select " + COLUMNS + " from cases where source = ? and type = ? and status <> 'closed'"
            + " and opened_at >= ? order by id desc")
        .params(source, type.code(), stored(since)).query(CaseStore::row).list();
  }

  void markAlerted(long id, Instant now) {
    jdbc.sql("update cases set alerted_at = ? where id = ?").params(stored(now), id).update();
  }

  void setStatus(long id, CaseStatus status, Instant now) {
    jdbc.sql("update cases set status = ?, updated_at = ?, closed_at = ? where id = ?")
        .params(status.code(), stored(now), status.closed() ? stored(now) : null, id).update();
  }

  void triage(long id, Priority priority, Instant dueAt, Instant now) {
    jdbc.sql("update cases set priority = ?, status = 'open', due_at = ?, alerted_at = null, updated_at = ?"
            + " where id = ?").params(priority.code(), stored(dueAt), stored(now), id).update();
  }

  void assign(long id, Long personId, Instant now) {
    jdbc.sql("update cases set assigned_to = ?, updated_at = ? where id = ?").params(personId, stored(now), id).update();
  }

  void close(long id, String outcome, Instant now) {
    jdbc.sql("update cases set status = 'closed', outcome = ?, closed_at = ?, updated_at = ? where id = ?")
        .params(outcome, stored(now), stored(now), id).update();
  }

  void reopen(long id, Instant dueAt, Instant now) {
    jdbc.sql("update cases set status = 'open', outcome = null, closed_at = null, due_at = ?,"
            + " alerted_at = null, updated_at = ? where id = ?").params(stored(dueAt), stored(now), id).update();
  }

  // --- entries -----------------------------------------------------------------------------------

  /** A stored entry; {@code body} is ciphertext. */
  record EntryRow(long id, long caseId, int seq, EntryKind kind, boolean toReporter, Long authorId,
      Instant createdAt, String body) {}

  /** The next entry number of a case (call with the case locked). */
  int nextSeq(long caseId) {
    return jdbc.sql("select coalesce(max(seq), 0) + 1 from case_entries where case_id = ?").param(caseId)
        .query(Integer.class).single();
  }

  void addEntry(long caseId, int seq, EntryKind kind, Long authorId, Instant now, String body) {
    jdbc.sql("insert into case_entries (case_id, seq, kind, to_reporter, author_id, created_at, body)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, seq, kind.code(), kind.toReporter(), authorId, stored(now), body).update();
  }

  List<EntryRow> entries(long caseId, boolean toReporterOnly) {
    return jdbc.sql("select id, case_id, seq, kind, to_reporter, author_id, created_at, body from case_entries"
            + " where case_id = ?" + (toReporterOnly ? " and to_reporter = true" : "") + " order by seq")
        .param(caseId)
        .query((rs, i) -> new EntryRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
            EntryKind.fromCode(rs.getString(4)).orElseThrow(), rs.getBoolean(5), (Long) rs.getObject(6, Long.class),
            instant(rs, 7), rs.getString(8)))
        .list();
  }

  // --- links -------------------------------------------------------------------------------------

  /** Links two cases both ways; false when they were already linked. */
  boolean link(long a, long b, Long by, Instant now) {
    Integer already = jdbc.sql("select count(*) from case_links where case_id = ? and linked_case_id = ?")
        .params(a, b).query(Integer.class).single();
    if (already > 0) {
      return false;
    }
    jdbc.sql("insert into case_links (case_id, linked_case_id, linked_by, linked_at) values (?, ?, ?, ?)")
        .params(a, b, by, stored(now)).update();
    jdbc.sql("insert into case_links (case_id, linked_case_id, linked_by, linked_at) values (?, ?, ?, ?)")
        .params(b, a, by, stored(now)).update();
    return true;
  }

  List<Long> links(long caseId) {
    return jdbc.sql("select linked_case_id from case_links where case_id = ? order by linked_case_id")
        .param(caseId).query(Long.class).list();
  }

  // --- keys --------------------------------------------------------------------------------------

  record KeyRow(long id, String masterKeyId, String wrappedKey) {}

  List<KeyRow> keysUnder(Collection<String> masterKeyIds, int batch) {
    return jdbc.sql("select id, master_key_id, wrapped_key from cases where master_key_id in (:older)"
            + " order by id limit :batch for update")
        .param("older", masterKeyIds).param("batch", batch)
        .query((rs, i) -> new KeyRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
  }

  int rewrap(long id, String fromKey, String toKey, String wrappedKey) {
    return jdbc.sql("update cases set master_key_id = ?, wrapped_key = ? where id = ? and master_key_id = ?")
        .params(toKey, wrappedKey, id, fromKey).update();
  }

  long count() {
    return jdbc.sql("select count(*) from cases").query(Long.class).single();
  }

  private static CaseRecord row(ResultSet rs, int i) throws SQLException {
    return new CaseRecord(rs.getLong("id"), CaseType.fromCode(rs.getString("type")).orElseThrow(),
        CaseStatus.fromCode(rs.getString("status")).orElseThrow(),
        Priority.fromCode(rs.getString("priority")).orElseThrow(), rs.getString("source"),
        rs.getBoolean("anonymous"), rs.getString("receipt_hash") != null,
        rs.getObject("account_id", Long.class), rs.getObject("assigned_to", Long.class),
        instant(rs, "opened_at"), instant(rs, "aware_at"), instant(rs, "triage_due_at"), instant(rs, "due_at"),
        instant(rs, "alerted_at"), instant(rs, "closed_at"), rs.getString("outcome"),
        rs.getString("master_key_id"), rs.getString("wrapped_key"), rs.getString("details"));
  }

}
