package org.steward.app.duties;

import java.time.Instant;
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
 * What personal duties hold about a person: their saved self-checks, their press requests and
 * comments (and the press office's decisions on them). Erasure deletes them; saved checks are
 * disposed of after {@code steward.retention.saved-self-check}, decided press requests after
 * {@code steward.retention.press-request}.
 */
@Component
@Order(60)
class DutiesPersonalData extends FeaturePersonalData {
  static final String SAVED = "saved-self-check";
  static final String PRESS = "press-request";

  private final JdbcClient jdbc;
  private final PressRequests press;
  private final SavedChecks saved;

  DutiesPersonalData(JdbcClient jdbc, PressRequests press, SavedChecks saved) {
    super("Personal duties (self-checks and writing for the media)",
        "duty_saved_checks", "press_requests", "press_comments");
    this.jdbc = jdbc;
    this.press = press;
    this.saved = saved;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    for (var s : saved.of(new Actor(personId, "subject", List.of()))) {
      out.add(PersonalRecord.of("Saved self-check", s.id(), s.savedAt(), "Kind", s.kind(), "Text", s.text(),
          "Result", s.verdict(), "Policy points", s.clauses()));
    }
    for (PressRequest r : press.byAuthor(personId)) {
      out.add(PersonalRecord.of("Request to write for the media", r.id(), r.requestedAt(), "Outlet", r.outlet(),
          "Topic", r.topic(), "Deadline", r.deadline().toString(), "Draft", r.draft(), "Status", r.status().id(),
          "Decision note", r.decisionNote()));
    }
    for (PressRequest.Comment c : press.commentsBy(personId)) {
      out.add(PersonalRecord.of("Comment on a press request", c.id(), c.writtenAt(), "Text", c.text()));
    }
    jdbc.sql("select id, decided_at, status from press_requests where decided_by = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Press request decided", rs.getLong(1),
            rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), "Decision", rs.getString(3)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = jdbc.sql("delete from duty_saved_checks where person_id = ?").param(personId).update();
    return n + press.eraseAuthor(personId);
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(SAVED, PRESS);
  }

  @Override
  public int disposeBefore(String recordType, Instant cutoff) {
    return switch (recordType) {
      case SAVED -> jdbc.sql("delete from duty_saved_checks where saved_at < ?")
          .param(java.time.OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC)).update();
      case PRESS -> press.disposeDecidedBefore(cutoff);
      default -> super.disposeBefore(recordType, cutoff);
    };
  }
}
