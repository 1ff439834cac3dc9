package org.steward.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.steward.app.identity.PersonalData;

/**
 * A new feature cannot forget its personal data: every table that a migration creates with a
 * person column (a bigint {@code *_by} or {@code person_id}-like column, one that references
 * people, a session's principal, or the people table itself) is covered by some {@link
 * PersonalData} bean's {@code tables()}, every table a bean names exists, and every record type a
 * bean disposes of has a period in the retention schedule. The migrations are read in Flyway's
 * order, following tables dropped, renamed ({@code alter table … rename to}) and columns added.
 */
@SpringBootTest
class PersonalDataCoverageTest {
  static final Pattern PERSON_ID = Pattern.compile(
      "^(person|actor|author|subject|approver|requester|owner|learner|staff|manager|reporter|moderator|reviewer|member|pictured|guardian|assignee)_id$");

  @Autowired List<PersonalData> sources;
  @Autowired RetentionSchedule schedule;

  static final Pattern STATEMENT = Pattern.compile(
      "create table\\s+(\\w+)\\s*\\((.*?)\\n\\);"
          + "|drop table\\s+(?:if exists\\s+)?(\\w+)"
          + "|alter table\\s+(\\w+)\\s+rename to\\s+(\\w+)"
          + "|alter table\\s+(\\w+)\\s+add column\\s+([^;]+);",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

  /** The migrations in the order Flyway applies them (V1, V2, …, V10, not V1, V10, V2). */
  static List<Resource> migrations() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
    assertThat(files).as("the migrations are on the class path").isNotEmpty();
    List<Resource> out = new ArrayList<>(List.of(files));
    out.sort(java.util.Comparator.comparingInt(r -> {
      Matcher v = VERSION.matcher(r.getFilename());
      assertThat(v.matches()).as(r.getFilename() + " is a versioned migration").isTrue();
      return Integer.parseInt(v.group(1));
    }));
    return out;
  }

  /**
   * Tables with person columns, each with the columns that make it so, as the schema is after the
   * last migration: a table dropped is gone, a table renamed keeps its columns under its new name, a
   * column added later counts.
   */
  static Map<String, List<String>> personTables() throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (Resource file : migrations()) {
      String sql = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
          .replaceAll("--[^\n]*", "");
      Matcher m = STATEMENT.matcher(sql);
      while (m.find()) {
        if (m.group(1) != null) {
          String table = m.group(1);
          List<String> columns = new ArrayList<>();
          if (table.equals("people")) {
            columns.add("(the people table)");
          }
          for (String line : m.group(2).split("\n")) {
            personColumn(line).ifPresent(columns::add);
          }
          out.put(table, columns);
        } else if (m.group(3) != null) {
          out.remove(m.group(3));
        } else if (m.group(4) != null) {
          List<String> columns = out.remove(m.group(4));
          out.put(m.group(5), columns == null ? new ArrayList<>() : columns);
        } else {
          String table = m.group(6);
          personColumn(m.group(7)).ifPresent(c -> out.computeIfAbsent(table, t -> new ArrayList<>()).add(c));
        }
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  /** Every table the migrations leave in the schema. */
  static Set<String> tablesInSchema() throws IOException {
    Set<String> out = new TreeSet<>();
    for (Resource file : migrations()) {
      Matcher m = STATEMENT.matcher(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .toLowerCase(Locale.ROOT).replaceAll("--[^\n]*", ""));
      while (m.find()) {
        if (m.group(1) != null) {
          out.add(m.group(1));
        } else if (m.group(3) != null) {
          out.remove(m.group(3));
        } else if (m.group(4) != null) {
          out.remove(m.group(4));
          out.add(m.group(5));
        }
      }
    }
    return out;
  }

  /** The column's name when one line of a table's definition is a person column. */
  static java.util.Optional<String> personColumn(String line) {
    String l = line.strip();
    String[] words = l.split("\\s+");
    if (words.length < 2) {
      return java.util.Optional.empty();
    }
    String name = words[0];
    String type = words[1];
    boolean person = l.contains("references people")
        || name.equals("principal_name")
        || (type.startsWith("bigint") && (name.endsWith("_by") || name.equals("assigned_to")
            || PERSON_ID.matcher(name).matches()));
    return person ? java.util.Optional.of(name) : java.util.Optional.empty();
  }

  @Test
  void everyTableWithAPersonColumnIsCoveredByAPersonalDataBean() throws IOException {
    Set<String> covered = new TreeSet<>();
    sources.forEach(s -> covered.addAll(s.tables()));
    Map<String, List<String>> tables = personTables();
    assertThat(tables).as("the scan finds the tables we know").containsKeys("people", "notifications",
        "audit_entries", "account_managers", "account_approvals", "press_requests", "monitoring_requests",
        "spring_session", "policy_acknowledgements", "consent_records", "case_entries")
        .doesNotContainKeys("account_approvals_by_role", "policy_packs");
    assertThat(tables.get("cases")).as("a case's assignee is a person column").contains("assigned_to");
    List<String> missing = tables.entrySet().stream().filter(e -> !covered.contains(e.getKey()))
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertThat(missing).as("tables holding people that no PersonalData bean exports and erases"
        + " (implement identity.PersonalData in the feature that owns them)").isEmpty();
  }

  @Test
  void everyTableABeanNamesExists() throws IOException {
    Set<String> created = tablesInSchema();
    assertThat(created).as("renamed and dropped tables are followed").contains("account_approvals")
        .doesNotContain("account_approvals_by_role", "policy_packs");
    for (PersonalData s : sources) {
      assertThat(created).as(s.feature() + " names only tables that exist").containsAll(s.tables());
    }
  }

  @Test
  void everyRecordTypeHasARetentionPeriod() {
    for (PersonalData s : sources) {
      for (String type : s.recordTypes()) {
        assertThat(schedule.periodFor(type)).as("steward.retention.periods." + type + " (" + s.feature() + ")").isPresent();
      }
    }
  }
}
