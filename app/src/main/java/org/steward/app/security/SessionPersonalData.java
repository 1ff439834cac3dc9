package org.steward.app.security;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/** A person's sign-in sessions (principal_name is their id): listed in an export, ended on erasure. */
@Component
@Order(95)
class SessionPersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;

  SessionPersonalData(JdbcClient jdbc) {
    super("Sign-in sessions", "spring_session", "spring_session_attributes");
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    return jdbc.sql("select creation_time, last_access_time from spring_session where principal_name = ?"
            + " order by creation_time")
        .param(Long.toString(personId))
        .query((rs, i) -> PersonalRecord.of("Signed-in session", i + 1, java.time.Instant.ofEpochMilli(rs.getLong(1)),
            "Last used", java.time.Instant.ofEpochMilli(rs.getLong(2)).toString()))
        .list();
  }

  @Override
  public int erase(Actor actor, long personId) {
    return jdbc.sql("delete from spring_session where principal_name = ?").param(Long.toString(personId)).update();
  }
}
