package org.steward.app.duties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code press_requests} and {@code press_comments}. */
@Repository
class PressRequests {
  private static final String COLUMNS = "id, author_id, outlet, topic, deadline, draft, status,"
      + " requested_at, decided_by, decided_at, decision_note";

  private final JdbcClient jdbc;

  PressRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long authorId, String outlet, String topic, LocalDate deadline, String draft, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into press_requests (author_id, outlet, topic, deadline, draft, status, requested_at)"
            + " values (?, ?, ?, ?, ?, 'requested', ?)")
        .params(authorId, outlet, topic, deadline, draft, utc(at)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<PressRequest> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from press_requests where id = ?").param(id)
        .query(PressRequests::row).optional();
  }

  /** Decides an open request; false when it was decided meanwhile (two press officers at once). */
  boolean decide(long id, PressRequest.Status status, long by, String note, Instant at) {
    return jdbc.sql("update press_requests set status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
            + " where id = ? and status = 'requested'")
        .params(status.id(), by, utc(at), note, id).update() == 1;
  }

  List<PressRequest> open() {
    return jdbc.sql("select " + COLUMNS + " from press_requests where status = 'requested' order by deadline, id")
        .query(PressRequests::row).list();
  }

  List<PressRequest> recent(int limit) {
    return jdbc.sql("select " + COLUMNS + " from press_requests order by id desc limit ?").param(limit)
        .query(PressRequests::row).list();
  }

  List<PressRequest> byAuthor(long authorId) {
    return jdbc.sql("select " + COLUMNS + " from press_requests where author_id = ? order by id desc")
        .param(authorId).query(PressRequests::row).list();
  }

  void comment(long requestId, long authorId, String text, Instant at) {
    jdbc.sql("insert into press_comments (request_id, author_id, text, written_at) values (?, ?, ?, ?)")
        .params(requestId, authorId, text, utc(at)).update();
  }

  List<PressRequest.Comment> comments(long requestId) {
    return jdbc.sql("select id, author_id, text, written_at from press_comments where request_id = ? order by id")
        .param(requestId).query((rs, i) -> new PressRequest.Comment(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant())).list();
  }

  List<PressRequest.Comment> commentsBy(long authorId) {
    return jdbc.sql("select id, author_id, text, written_at from press_comments where author_id = ? order by id")
        .param(authorId).query((rs, i) -> new PressRequest.Comment(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant())).list();
  }

  /** Erasure: the person's own requests and comments go, with the comments on their requests. */
  int eraseAuthor(long personId) {
    int n = jdbc.sql("delete from press_comments where author_id = ? or request_id in"
        + " (select id from press_requests where author_id = ?)").params(personId, personId).update();
    n += jdbc.sql("delete from press_requests where author_id = ?").param(personId).update();
    // A press officer's decision note on someone else's request may name them: the note goes too.
    n += jdbc.sql("update press_requests set decision_note = null where decided_by = ? and decision_note is not null")
        .param(personId).update();
    return n;
  }

  /** Retention: decided requests (and their comments) decided before the cutoff. */
  int disposeDecidedBefore(Instant cutoff) {
    jdbc.sql("delete from press_comments where request_id in (select id from press_requests"
        + " where status <> 'requested' and decided_at < ?)").param(utc(cutoff)).update();
    return jdbc.sql("delete from press_requests where status <> 'requested' and decided_at < ?")
        .param(utc(cutoff)).update();
  }

  long count() {
    return jdbc.sql("select count(*) from press_requests").query(Long.class).single();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static PressRequest row(ResultSet rs, int i) throws SQLException {
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new PressRequest(rs.getLong("id"), rs.getLong("author_id"), rs.getString("outlet"),
        rs.getString("topic"), rs.getObject("deadline", LocalDate.class), rs.getString("draft"),
        PressRequest.Status.of(rs.getString("status")),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
        rs.getObject("decided_by", Long.class), decided == null ? null : decided.toInstant(),
        rs.getString("decision_note"));
  }
}
