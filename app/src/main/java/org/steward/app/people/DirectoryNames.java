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
  private volatile Snapshot snapshot = new Snapshot(-1, -1, -1, PeopleDirectory.empty(), java.util.Map.of());

  private record Snapshot(long count, long maxId, long enabled, PeopleDirectory directory,
      java.util.Map<String, List<Long>> ids) {}

  DirectoryNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the directory of everyone Steward knows, compiled for the engine. */
  public PeopleDirectory current() {
    return snapshot().directory();
  }

  /**
   * The enabled people whose full name is {@code name} as a finding quotes it (case and spacing
   * ignored), for a feature that says more about a named person (consent). A disguised spelling
   * ("J4mie Smith") matches nobody here: the finding then stays as the engine made it.
   */
  public List<Long> idsNamed(String name) {
    return name == null ? List.of() : snapshot().ids().getOrDefault(key(name), List.of());
  }

  /**
   * Whether a text names the person as the checker's {@code pii.name} finds directory names (the
   * same automaton: case, spacing and disguised spellings such as "J4mie Smith"), so that a
   * withdrawal of consent to be named reaches every post whose text names them (SAF-2). Nothing
   * matches for someone unknown or without a full name (a lone first name is no evidence).
   */
  public java.util.function.Predicate<String> namesPerson(long personId) {
    List<Person> one = jdbc.sql("select given_name, family_name, kind from people where id = ?").param(personId)
        .query((rs, i) -> {
          String name = rs.getString(1) + " " + rs.getString(2);
          return "learner".equals(rs.getString(3)) ? Person.learner(name) : Person.staff(name);
        }).list();
    PeopleDirectory names = PeopleDirectory.of(one);
    if (names.isEmpty()) {
      return text -> false;
    }
    return text -> {
      if (text == null || text.isBlank()) {
        return false;
      }
      org.steward.engine.text.Hits hits = new org.steward.engine.text.Hits();
      names.scan(org.steward.engine.text.Normaliser.normalise(text), hits);
      return hits.size() > 0;
    };
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private Snapshot snapshot() {
    long[] key = jdbc.sql("select count(*), coalesce(max(id), 0),"
            + " coalesce(sum(case when enabled then 1 else 0 end), 0) from people")
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    Snapshot s = snapshot;
    if (s.count() != key[0] || s.maxId() != key[1] || s.enabled() != key[2]) {
      java.util.Map<String, List<Long>> ids = new java.util.HashMap<>();
      List<Person> names = jdbc.sql("select given_name, family_name, kind, id from people where enabled")
          .query((rs, i) -> {
            String name = rs.getString(1) + " " + rs.getString(2);
            ids.computeIfAbsent(key(name), k -> new java.util.ArrayList<>()).add(rs.getLong(4));
            return "learner".equals(rs.getString(3)) ? Person.learner(name) : Person.staff(name);
          }).list();
      s = new Snapshot(key[0], key[1], key[2], PeopleDirectory.of(names), java.util.Map.copyOf(ids));
      snapshot = s;
    }
    return s;
  }
}
