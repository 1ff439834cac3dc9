package org.steward.app.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * A self-check keeps nothing (issue #14): after checking a text with a unique marker, no column of
 * any table and no session holds it, and no log line (with Steward's and Spring MVC's logs at
 * DEBUG) contains it. Saving is the person's choice, and then only they see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "logging.level.org.steward=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class SelfCheckPrivacyTest {
  static final String PASSWORD = "Steward-demo-2026";
  static final String MARKER = "Zebrafinch-7731-Quillmarsh";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  @Clause({"PER-1", "PER-2"})
  void aSelfCheckLeavesNoRowAndNoLogLineWithTheText(CapturedOutput output) {
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PASSWORD);
    staff.get("/self-check");
    String text = "Sam, " + MARKER + " fan. Lecturer at CONEL.";
    var page = staff.post("/self-check", Map.of("text", text, "kind", "bio"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(MARKER).contains("PER-2").doesNotContain("PER-1:");
    var assessment = staff.post("/self-check/assessment", Map.of("privacy", "no", "learners", "yes", "email", "yes",
        "bio", "yes", "blog", "yes", "friends", "yes", "images", "unsure"));
    // Sam's college is under the Group's policy, which has no PER-7 to quote: the advice alone
    // (DutyGuidanceTest shows a college under the staff policy, which words it).
    assertThat(assessment.body()).contains("Open the privacy settings").doesNotContain("PER-7");

    assertThat(tablesHolding(MARKER)).as("tables holding the text").isEmpty();
    assertThat(sessionsHolding(MARKER)).as("sessions holding the text").isZero();
    assertThat(output.getAll()).as("the log").doesNotContain(MARKER);
    assertThat(output.getAll()).as("the debug log is on, so the absence means something").contains("DEBUG");

    // Saving is a choice: then the text is kept for the person alone.
    staff.post("/self-check/saved", Map.of("text", text, "kind", "bio"));
    assertThat(tablesHolding(MARKER)).containsExactly("duty_saved_checks.text");
    assertThat(staff.get("/self-check").body()).contains(MARKER);
    WebSession learner = new WebSession(port);
    learner.signIn("learner", PASSWORD);
    assertThat(learner.get("/self-check").body()).doesNotContain(MARKER);
    long id = jdbc.sql("select id from duty_saved_checks").query(Long.class).single();
    learner.get("/self-check");
    assertThat(learner.post("/self-check/saved/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
    staff.post("/self-check/saved/" + id + "/delete", Map.of());
    assertThat(tablesHolding(MARKER)).isEmpty();
    assertThat(output.getAll()).doesNotContain(MARKER);
  }

  @Test
  @Clause({"SAF-3"})
  void aCryForHelpIsShownHelpAndStaysPrivate(CapturedOutput output) {
    long cases = jdbc.sql("select count(*) from cases").query(Long.class).single();
    WebSession learner = new WebSession(port);
    learner.signIn("learner", PASSWORD);
    learner.get("/self-check");
    var page = learner.post("/self-check", Map.of("text", "i cant go on. " + MARKER, "kind", "post"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Help is here").contains("nobody has been told").contains("Samaritans");
    assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).as("no concern opened").isEqualTo(cases);
    assertThat(tablesHolding(MARKER)).isEmpty();
    assertThat(output.getAll()).doesNotContain(MARKER);
  }

  @Test
  void badInputIsNamedAndNothingIsKept() {
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PASSWORD);
    staff.get("/self-check");
    var page = staff.post("/self-check", Map.of("text", " ", "kind", "tweet"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Enter the text you want to check").contains("Choose what the text is")
        .contains("href=\"#text\"").contains("href=\"#kind\"");
    var tooLong = staff.post("/self-check/saved", Map.of("text", "x".repeat(20_001), "kind", "blog"));
    assertThat(tooLong.body()).contains("20,000 characters or fewer");
    assertThat(jdbc.sql("select count(*) from duty_saved_checks").query(Long.class).single()).isZero();
  }

  /** Every text column of every table ("table.column") with a value containing {@code s}. */
  List<String> tablesHolding(String s) {
    var columns = jdbc.sql("select table_name, column_name from information_schema.columns"
            + " where table_schema = 'public' and (data_type like '%CHAR%' or data_type like '%CLOB%'"
            + " or data_type like '%TEXT%' or data_type like '%character%')")
        .query((rs, i) -> List.of(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase())).list();
    assertThat(columns).as("the schema scan sees the tables").isNotEmpty();
    return columns.stream().filter(c -> jdbc.sql("select count(*) from \"" + c.get(0) + "\" where \""
            + c.get(1) + "\" like ?").param("%" + s + "%").query(Long.class).single() > 0)
        .map(c -> c.get(0) + "." + c.get(1)).toList();
  }

  long sessionsHolding(String s) {
    return jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list().stream()
        .filter(b -> new String(b, StandardCharsets.ISO_8859_1).contains(s)).count();
  }
}
