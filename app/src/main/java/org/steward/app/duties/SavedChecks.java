package org.steward.app.duties;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.web.NotFound;

/**
 * Self-checks a person chose to keep, visible to them alone (table {@code duty_saved_checks}).
 * The audit trail names the saved check by id only: the text stays out of it.
 */
@Service
public class SavedChecks {
  private final JdbcClient jdbc;
  private final SelfCheck selfCheck;
  private final AuditTrail audit;
  private final Clock clock;

  SavedChecks(JdbcClient jdbc, SelfCheck selfCheck, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.selfCheck = selfCheck;
    this.audit = audit;
    this.clock = clock;
  }

  /** A saved check as its owner sees it. */
  public record Saved(long id, String kind, String text, String verdict, String clauses, Instant savedAt) {}

  /** Checks the text again (so what is saved is what the policy says now) and keeps it for the person. */
  @Transactional
  public long save(Actor actor, String text, String kind) {
    var outcome = selfCheck.check(actor, text, kind);
    String clauses = outcome.points().stream().map(SelfCheck.Point::clause).distinct()
        .collect(Collectors.joining(", "));
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into duty_saved_checks (person_id, kind, text, verdict, clauses, saved_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(actor.personId(), kind, text, outcome.verdict().id(),
            clauses.length() > 500 ? clauses.substring(0, 500) : clauses,
            OffsetDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    audit.record(actor, "self-check.saved", "saved-self-check", Long.toString(id), null);
    return id;
  }

  /** The person's saved checks, newest first. */
  @Transactional(readOnly = true)
  public List<Saved> of(Actor actor) {
    if (actor.isSystem()) {
      return List.of();
    }
    return jdbc.sql("select id, kind, text, verdict, clauses, saved_at from duty_saved_checks"
            + " where person_id = ? order by id desc")
        .param(actor.personId()).query((rs, i) -> new Saved(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Deletes one of the person's own saved checks; another person's is not found. */
  @Transactional
  public void delete(Actor actor, long id) {
    int n = jdbc.sql("delete from duty_saved_checks where id = ? and person_id = ?")
        .params(id, actor.personId()).update();
    if (n == 0) {
      throw new NotFound("You have no saved check " + id + ".");
    }
    audit.record(actor, "self-check.deleted", "saved-self-check", Long.toString(id), null);
  }
}
