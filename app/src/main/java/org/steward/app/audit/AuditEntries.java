package org.steward.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.web.Page;
import org.springframework.stereotype.Repository;

/** The tables {@code audit_entries} and {@code audit_head}. */
@Repository
class AuditEntries {
  private static final String COLUMNS = "seq, occurred_at, actor_id, action, object_type,"
      + " object_id, reason, reason_salt, content_digest, prev_hash, hash, erased";

  private final JdbcClient jdbc;

  AuditEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads the head and locks it until the transaction ends: appends queue up here. */
  AuditHead lockHead() {
    return jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
        .query((rs, i) -> new AuditHead(rs.getLong(1), rs.getString(2))).single();
  }

  AuditHead head() {
    return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
        .query((rs, i) -> new AuditHead(rs.getLong(1), rs.getString(2))).single();
  }

  void append(AuditEntry e) {
    jdbc.sql("insert into audit_entries (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.actorId(),
            e.action(), e.objectType(), e.objectId(), e.reason(), e.reasonSalt(),
            e.contentDigest(), e.prevHash(), e.hash(), e.erased())
        .update();
    jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1")
        .params(e.seq(), e.hash()).update();
  }

  /** Entries after {@code afterSeq} up to {@code maxSeq}, in chain order. */
  List<AuditEntry> batch(long afterSeq, long maxSeq, int limit) {
    return jdbc.sql("select " + COLUMNS + " from audit_entries where seq > ? and seq <= ?"
            + " order by seq limit ?")
        .params(afterSeq, maxSeq, limit).query(AuditEntries::entry).list();
  }

  long countAfter(long seq) {
    return jdbc.sql("select count(*) from audit_entries where seq > ?").param(seq)
        .query(Long.class).single();
  }

  /** The newest entries first, optionally of one object type (null or blank: all). */
  Page<AuditEntry> page(String objectType, int page, int size) {
    boolean all = objectType == null || objectType.isBlank();
    String where = all ? "" : " where object_type = :type";
    var select = jdbc.sql("select " + COLUMNS + " from audit_entries" + where
        + " order by seq desc limit :limit offset :offset")
        .param("limit", size).param("offset", (long) page * size);
    var count = jdbc.sql("select count(*) from audit_entries" + where);
    if (!all) {
      select = select.param("type", objectType);
      count = count.param("type", objectType);
    }
    return new Page<>(select.query(AuditEntries::entry).list(), page, size,
        count.query(Long.class).single());
  }

  /** The newest entries first that match the filter. */
  Page<AuditEntry> search(AuditFilter f, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
    where(f, where, params);
    var select = jdbc.sql("select " + COLUMNS + " from audit_entries" + where
        + " order by seq desc limit :limit offset :offset").param("limit", size).param("offset", (long) page * size);
    var count = jdbc.sql("select count(*) from audit_entries" + where);
    for (var e : params.entrySet()) {
      select = select.param(e.getKey(), e.getValue());
      count = count.param(e.getKey(), e.getValue());
    }
    return new Page<>(select.query(AuditEntries::entry).list(), page, size, count.query(Long.class).single());
  }

  private static void where(AuditFilter f, StringBuilder where, java.util.Map<String, Object> params) {
    if (f.actorId() != null) {
      where.append(" and actor_id = :actor");
      params.put("actor", f.actorId());
    }
    if (f.action() != null) {
      where.append(" and action like :action");
      params.put("action", f.action().replace("%", "").replace("_", "\\_") + "%");
    }
    if (f.objectType() != null) {
      where.append(" and object_type = :type");
      params.put("type", f.objectType());
    }
    if (f.objectId() != null) {
      where.append(" and object_id = :object");
      params.put("object", f.objectId());
    }
    if (f.from() != null) {
      where.append(" and occurred_at >= :from");
      params.put("from", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      where.append(" and occurred_at < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
  }

  List<String> objectTypes() {
    return jdbc.sql("select distinct object_type from audit_entries order by object_type")
        .query(String.class).list();
  }

  /** Erases the reason of one entry; returns false if it is missing or already erased. */
  boolean eraseReason(long seq) {
    return jdbc.sql("update audit_entries set reason = null, reason_salt = null, erased = true"
            + " where seq = ? and erased = false").param(seq).update() == 1;
  }

  /** Positions of the entries about one object that still hold a reason. */
  List<Long> withReasonAbout(String objectType, String objectId) {
    return jdbc.sql("select seq from audit_entries where object_type = ? and object_id = ?"
            + " and erased = false and reason is not null order by seq")
        .params(objectType, objectId).query(Long.class).list();
  }

  /** Positions of the entries whose reason still holds this text (a name, an e-mail address). */
  List<Long> withReasonContaining(String text) {
    return jdbc.sql("select seq from audit_entries where erased = false and reason like ? order by seq")
        .param("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .query(Long.class).list();
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(rs.getLong("seq"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("actor_id", Long.class), rs.getString("action"),
        rs.getString("object_type"), rs.getString("object_id"), rs.getString("reason"),
        rs.getString("reason_salt"), rs.getString("content_digest"), rs.getString("prev_hash"),
        rs.getString("hash"), rs.getBoolean("erased"));
  }
}
