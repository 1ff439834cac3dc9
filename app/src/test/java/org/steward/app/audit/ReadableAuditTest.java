package org.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * The readable audit trail (issue #14) on the demo data: names and links instead of ids, filters
 * by who, what, which record and when, a CSV export of what is shown, and the data protection
 * officer sees the monitoring and subject access events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo-data=true")
class ReadableAuditTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;

  @Test
  @Clause({"PER-9"})
  void theDpoReadsMonitoringAndAccessEventsWithNamesAndLinks() {
    WebSession dpo = new WebSession(port);
    dpo.signIn("dpo", PASSWORD);
    String page = dpo.get("/audit?type=monitoring-request").body();
    assertThat(page).contains("Harriet Moore").contains("Monitoring requested").contains("monitoring.requested")
        .contains("href=\"/privacy/monitoring/").contains("href=\"/people/");
    // Other tests of this context may have added entries: only HR's monitoring entries are listed.
    String byHr = dpo.get("/audit?who=hr&action=monitoring.").body();
    assertThat(byHr).contains("Matching entries (").contains("Harriet Moore").contains("monitoring.requested")
        .doesNotContain("subject-access.opened").doesNotContain("press.requested");
    String access = dpo.get("/audit?type=subject-access-request").body();
    assertThat(access).contains("Devi Patel").contains("Subject access opened");
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    assertThat(dpo.get("/audit?from=" + today + "&to=" + today + "&type=press-request").body())
        .contains("Press requested").contains("Sam Taylor");
    assertThat(dpo.get("/audit?from=2000-01-01&to=2000-01-02").body()).contains("There are no audit entries yet");
  }

  @Test
  void theCsvHoldsWhatTheFilterShows() {
    WebSession dpo = new WebSession(port);
    dpo.signIn("dpo", PASSWORD);
    var csv = dpo.get("/audit.csv?type=press-request&action=press.requested");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("audit-trail.csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("entry,when_utc,who_id,who,action,what,record_type,record_id,record,reason");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(java.util.Arrays.stream(lines).skip(1)).allSatisfy(l -> assertThat(l).contains(",press.requested,"))
        .anySatisfy(l -> assertThat(l).contains("Sam Taylor"));
  }

  @Test
  void badFiltersAreNamedAndOthersAreRefused() {
    WebSession dpo = new WebSession(port);
    dpo.signIn("dpo", PASSWORD);
    String page = dpo.get("/audit?who=nobody-here&from=yesterday").body();
    assertThat(page).contains("There is a problem").contains("href=\"#who\"").contains("href=\"#from\"")
        .contains("Enter a date, for example");
    assertThat(dpo.get("/audit.csv?from=yesterday").statusCode()).isEqualTo(422);
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PASSWORD);
    assertThat(staff.get("/audit").statusCode()).isEqualTo(403);
    assertThat(staff.get("/audit.csv").statusCode()).isEqualTo(403);
    WebSession admin = new WebSession(port);
    admin.signIn("admin", PASSWORD);
    assertThat(admin.get("/audit?type=person").body()).contains("Ada Okafor");
    // Features that landed later link their records too: a policy's pack, a case.
    assertThat(admin.get("/audit?type=policy-pack").body()).contains("href=\"/policies/cccg-policy\"");
    assertThat(admin.get("/audit?type=case").body()).contains("href=\"/cases/");
  }
}
