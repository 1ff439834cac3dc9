package org.steward.app.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.engine.PeopleDirectory;
import org.steward.engine.Person;

/**
 * The names of real learners and staff for the engine's {@code pii.name} check (CON-3), so that
 * "well done Jamie Smith in 11B" is caught when Jamie Smith is a learner here. The compiled
 * directory is rebuilt only when people are added, removed, marked as left or back (checked cheaply
 * on each use: the count, the highest id and the number enabled, since only enabled people count).
 */
@Component
public class DirectoryNames {
  private final JdbcClient jdbc;
  private volatile Snapshot snapshot = new Snapshot(-1, -1, -1, PeopleDirectory.empty());

  private record Snapshot(long count, long maxId, long enabled, PeopleDirectory directory) {}

  DirectoryNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the directory of everyone Steward knows, compiled for the engine. */
  public PeopleDirectory current() {
    long[] key = jdbc.sql("select count(*), coalesce(max(id), 0),"
            + " coalesce(sum(case when enabled then 1 else 0 end), 0) from people")
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    Snapshot s = snapshot;
    if (s.count() != key[0] || s.maxId() != key[1] || s.enabled() != key[2]) {
      List<Person> names = jdbc.sql("select given_name, family_name, kind from people where enabled")
          .query((rs, i) -> {
            String name = rs.getString(1) + " " + rs.getString(2);
            return "learner".equals(rs.getString(3)) ? Person.learner(name) : Person.staff(name);
          }).list();
      s = new Snapshot(key[0], key[1], key[2], PeopleDirectory.of(names));
      snapshot = s;
    }
    return s.directory();
  }
}
