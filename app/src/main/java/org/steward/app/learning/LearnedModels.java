package org.steward.app.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table of models built from the institution's decisions. */
@Repository
class LearnedModels {
  private static final String COLUMNS = "id, status, name, base_model_id, last_decision_id, report, built_by,"
      + " built_at, decided_by, decided_at, decision_reason";
  private final JdbcClient jdbc;

  LearnedModels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertCandidate(String name, byte[] model, Long baseModelId, long lastDecisionId, ComparisonReport report,
      Long builtBy, OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into learned_models (status, name, model, base_model_id, last_decision_id, report,"
            + " candidate_better, built_by, built_at) values ('candidate', ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(name, model, baseModelId, lastDecisionId, report.toJson(), report.candidateBetter(), builtBy, at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<LearnedModel> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from learned_models where id = ?").param(id)
        .query(LearnedModels::row).optional();
  }

  /** Locks the row so two administrators deciding at once are serialised. */
  Optional<LearnedModel> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from learned_models where id = ? for update").param(id)
        .query(LearnedModels::row).optional();
  }

  Optional<LearnedModel> active() {
    return jdbc.sql("select " + COLUMNS + " from learned_models where status = 'active'")
        .query(LearnedModels::row).optional();
  }

  Optional<Long> activeId() {
    return jdbc.sql("select id from learned_models where status = 'active'").query(Long.class).optional();
  }

  byte[] bytes(long id) {
    return jdbc.sql("select model from learned_models where id = ?").param(id).query(byte[].class).single();
  }

  /** Every model, newest first. */
  List<LearnedModel> all() {
    return jdbc.sql("select " + COLUMNS + " from learned_models order by id desc").query(LearnedModels::row).list();
  }

  /** The newest model of any status, to tell whether new decisions arrived since it was built. */
  Optional<LearnedModel> newest() {
    return jdbc.sql("select " + COLUMNS + " from learned_models order by id desc limit 1")
        .query(LearnedModels::row).optional();
  }

  /** Candidates waiting for a decision, other than {@code except}, become superseded; returns their ids. */
  List<Long> supersedeCandidates(long except) {
    List<Long> ids = jdbc.sql("select id from learned_models where status = 'candidate' and id <> ? for update")
        .param(except).query(Long.class).list();
    for (long id : ids) {
      jdbc.sql("update learned_models set status = 'superseded' where id = ?").param(id).update();
    }
    return ids;
  }

  void decide(long id, LearnedModel.Status status, long by, OffsetDateTime at, String reason) {
    jdbc.sql("update learned_models set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?")
        .params(status.code(), by, at, reason, id).update();
  }

  void retire(long id) {
    jdbc.sql("update learned_models set status = 'superseded' where id = ?").param(id).update();
  }

  private static LearnedModel row(ResultSet rs, int n) throws SQLException {
    return new LearnedModel(rs.getLong("id"), LearnedModel.Status.of(rs.getString("status")), rs.getString("name"),
        rs.getObject("base_model_id", Long.class), rs.getLong("last_decision_id"),
        ComparisonReport.fromJson(rs.getString("report")), rs.getObject("built_by", Long.class),
        rs.getObject("built_at", OffsetDateTime.class), rs.getObject("decided_by", Long.class),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_reason"));
  }
}
