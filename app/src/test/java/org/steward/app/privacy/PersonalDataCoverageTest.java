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
 * bean disposes of has a period in the retention schedule.
 */
@SpringBootTest
class PersonalDataCoverageTest {
  static final Pattern TABLE = Pattern.compile("create table\\s+(\\w+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  static final Pattern PERSON_ID = Pattern.compile(
      "^(person|actor|author|subject|approver|requester|owner|learner|staff|manager|reporter|moderator|reviewer|member|pictured|guardian|assignee)_id$");

  @Autowired List<PersonalData> sources;
  @Autowired RetentionSchedule schedule;

  /** Tables with person columns, each with the columns that make it so. */
  static Map<String, List<String>> personTables() throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
    assertThat(files).as("the migrations are on the class path").isNotEmpty();
    for (Resource file : files) {
      String sql = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      Matcher m = TABLE.matcher(sql);
      while (m.find()) {
        String table = m.group(1);
        List<String> columns = new ArrayList<>();
        if (table.equals("people")) {
          columns.add("(the people table)");
        }
        for (String line : m.group(2).split("\n")) {
          String l = line.replaceAll("--.*", "").strip();
          String[] words = l.split("\\s+");
          if (words.length < 2) {
            continue;
          }
          String name = words[0];
          String type = words[1];
          boolean personColumn = l.contains("references people")
              || name.equals("principal_name")
              || (type.startsWith("bigint") && (name.endsWith("_by") || PERSON_ID.matcher(name).matches()));
          if (personColumn) {
            columns.add(name);
          }
        }
        if (!columns.isEmpty()) {
          out.put(table, columns);
        }
      }
    }
    return out;
  }

  @Test
  void everyTableWithAPersonColumnIsCoveredByAPersonalDataBean() throws IOException {
    Set<String> covered = new TreeSet<>();
    sources.forEach(s -> covered.addAll(s.tables()));
    Map<String, List<String>> tables = personTables();
    assertThat(tables).as("the scan finds the tables we know").containsKeys("people", "notifications",
        "audit_entries", "account_managers", "press_requests", "monitoring_requests", "spring_session");
    List<String> missing = tables.entrySet().stream().filter(e -> !covered.contains(e.getKey()))
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertThat(missing).as("tables holding people that no PersonalData bean exports and erases"
        + " (implement identity.PersonalData in the feature that owns them)").isEmpty();
  }

  @Test
  void everyTableABeanNamesExists() throws IOException {
    Set<String> created = new TreeSet<>();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
      Matcher m = TABLE.matcher(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
      while (m.find()) {
        created.add(m.group(1));
      }
    }
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
