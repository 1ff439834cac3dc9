package org.steward.app.policies;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who confirmed which version (DOC-5), and the reminders sent, with the SQL written out. */
@Repository
class AcknowledgementRecords {
  /** One person's confirmation of one version. */
  record Acknowledgement(long versionId, long personId, Instant at) {}

  private final JdbcClient jdbc;

  AcknowledgementRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the confirmation; false when the person had confirmed this version already. */
  boolean acknowledge(long versionId, long personId, Instant at) {
    int exists = jdbc.sql("select count(*) from policy_acknowledgements where version_id = ? and person_id = ?")
        .params(versionId, personId).query(Integer.class).single();
    if (exists > 0) {
      return false;
    }
    jdbc.sql("insert into policy_acknowledgements (version_id, person_id, acknowledged_at) values (?, ?, ?)")
        .params(versionId, personId, PolicyVersions.ts(at)).update();
    return true;
  }

  /** Person id → when they confirmed this version. */
  Map<Long, Instant> of(long versionId) {
    Map<Long, Instant> out = new HashMap<>();
    jdbc.sql("select person_id, acknowledged_at from policy_acknowledgements where version_id = ?")
        .param(versionId).query(rs -> {
          out.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
        });
    return out;
  }

  /** Everything one person confirmed, newest first. */
  List<Acknowledgement> ofPerson(long personId) {
    return jdbc.sql("select version_id, person_id, acknowledged_at from policy_acknowledgements"
            + " where person_id = ? order by acknowledged_at desc").param(personId)
        .query((rs, i) -> new Acknowledgement(rs.getLong(1), rs.getLong(2),
            rs.getObject(3, OffsetDateTime.class).toInstant())).list();
  }

  boolean acknowledged(long versionId, long personId) {
    return jdbc.sql("select count(*) from policy_acknowledgements where version_id = ? and person_id = ?")
        .params(versionId, personId).query(Integer.class).single() > 0;
  }

  /** Person id → when they were last asked or reminded about this version. */
  Map<Long, Instant> reminded(long versionId) {
    Map<Long, Instant> out = new HashMap<>();
    jdbc.sql("select person_id, last_sent_at from policy_reminders where version_id = ?").param(versionId)
        .query(rs -> {
          out.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
        });
    return out;
  }

  void recordReminder(long versionId, long personId, Instant at) {
    int updated = jdbc.sql("update policy_reminders set last_sent_at = ?, times = times + 1"
            + " where version_id = ? and person_id = ?").params(PolicyVersions.ts(at), versionId, personId).update();
    if (updated == 0) {
      jdbc.sql("insert into policy_reminders (version_id, person_id, last_sent_at, times) values (?, ?, ?, 1)")
          .params(versionId, personId, PolicyVersions.ts(at)).update();
    }
  }
}
