package org.steward.app.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * Learning's part: a moderator's decisions (the category and whether they agreed; not the text,
 * which is someone else's post) and the models they built or decided on. Erasure keeps the
 * training examples, which name the moderator by id only, and removes the reasons they wrote on
 * model decisions. Decisions are disposed of after {@code steward.retention.periods.moderator-decision}.
 */
@Component
@Order(40)
class LearningPersonalData extends FeaturePersonalData {
  static final String TYPE = "moderator-decision";

  private final JdbcClient jdbc;

  LearningPersonalData(JdbcClient jdbc) {
    super("Learning from moderators", "moderator_decisions", "learned_models");
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select id, category, upheld, pack_id, decided_at from moderator_decisions where decided_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Moderator's decision", rs.getLong(1),
            rs.getObject(5, OffsetDateTime.class).toInstant(), "Category", rs.getString(2),
            "Agreed with the finding", Boolean.toString(rs.getBoolean(3)), "Policy", rs.getString(4)))
        .list().forEach(out::add);
    jdbc.sql("select id, name, status, built_by, decided_by, decision_reason, built_at from learned_models"
            + " where built_by = ? or decided_by = ? order by id").params(personId, personId)
        .query((rs, i) -> PersonalRecord.of("Model", rs.getLong(1), rs.getObject(7, OffsetDateTime.class).toInstant(),
            "Name", rs.getString(2), "Status", rs.getString(3),
            "Your part", Long.valueOf(personId).equals(rs.getObject(4, Long.class)) ? "built it" : "decided on it",
            "Reason", rs.getString(6)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    return jdbc.sql("update learned_models set decision_reason = null where decided_by = ? and decision_reason is not null")
        .param(personId).update();
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(TYPE);
  }

  @Override
  public int disposeBefore(String recordType, Instant cutoff) {
    return disposeRowsBefore(jdbc, recordType, TYPE, "moderator_decisions", "decided_at", cutoff);
  }
}
