package org.steward.app.learning;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table of moderators' decisions. */
@Repository
class ModeratorDecisions {
  private final JdbcClient jdbc;

  ModeratorDecisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String text, String category, boolean upheld, String packId, long decidedBy, OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into moderator_decisions (text, category, upheld, pack_id, decided_by, decided_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(text, category, upheld, packId, decidedBy, at).update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Every decision up to and including {@code maxId}, oldest first. */
  List<Decision> upTo(long maxId) {
    return jdbc.sql("select id, text, category, upheld, pack_id, decided_by, decided_at from moderator_decisions"
            + " where id <= ? order by id")
        .param(maxId)
        .query((rs, n) -> new Decision(rs.getLong("id"), rs.getString("text"), rs.getString("category"),
            rs.getBoolean("upheld"), rs.getString("pack_id"), rs.getLong("decided_by"),
            rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  long newestId() {
    return jdbc.sql("select coalesce(max(id), 0) from moderator_decisions").query(Long.class).single();
  }

  long count() {
    return jdbc.sql("select count(*) from moderator_decisions").query(Long.class).single();
  }

  /** Per category: how many decisions upheld and overruled. */
  Map<String, DecisionCounts> countsByCategory() {
    Map<String, DecisionCounts> out = new LinkedHashMap<>();
    jdbc.sql("select category, sum(case when upheld then 1 else 0 end) as up,"
            + " sum(case when upheld then 0 else 1 end) as down from moderator_decisions"
            + " group by category order by category")
        .query(rs -> {
          out.put(rs.getString("category"), new DecisionCounts(rs.getLong("up"), rs.getLong("down")));
        });
    return out;
  }

}
