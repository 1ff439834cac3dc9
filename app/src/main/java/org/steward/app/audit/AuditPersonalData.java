package org.steward.app.audit;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * The audit trail's part (decision 0090): the export lists every entry the person made and every
 * entry about them as a person; erasure erases the free-text reasons of those entries (outside the
 * hashed payload, so the chain still verifies) and keeps the entries themselves, which name people
 * by id only. Each erased reason leaves an {@code audit.reason-erased} entry.
 */
@Component
@Order(90)
class AuditPersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;
  private final AuditErasure erasure;

  AuditPersonalData(JdbcClient jdbc, AuditErasure erasure) {
    super("Audit trail", "audit_entries");
    this.jdbc = jdbc;
    this.erasure = erasure;
  }

  /** Entries by or about the person that still hold a reason. */
  private List<Long> entriesOf(long personId) {
    return jdbc.sql("select seq from audit_entries where (actor_id = ? or (object_type = 'person' and object_id = ?))"
        + " and reason is not null and erased = false order by seq").params(personId, Long.toString(personId)).query(Long.class).list();
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    return jdbc.sql("select seq, occurred_at, actor_id, action, object_type, object_id, reason from audit_entries"
            + " where actor_id = ? or (object_type = 'person' and object_id = ?) order by seq")
        .params(personId, Long.toString(personId))
        .query((rs, i) -> PersonalRecord.of("Audit entry", rs.getLong(1),
            rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
            "By you", Boolean.toString(Long.valueOf(personId).equals(rs.getObject(3, Long.class))),
            "Action", rs.getString(4), "Object", rs.getString(5) + " " + rs.getString(6),
            "Reason", rs.getString(7)))
        .list();
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = 0;
    for (long seq : entriesOf(personId)) {
      if (erasure.eraseReason(actor, seq)) {
        n++;
      }
    }
    return n;
  }
}
