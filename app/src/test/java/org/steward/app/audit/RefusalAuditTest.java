package org.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.support.DemoAccountSecret;
import org.steward.app.support.WebSession;

/**
 * Issue #8, item 10: every refusal leaves an audit entry, whichever feature or route refused and
 * however: a role rule on any route, a forged CSRF token, and on a reveal a stale sign-in, a
 * wrong confirmation password or a missing reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false", "steward.sign-in.client-per-minute=1000",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@Import(AccountTestConfig.class)
class RefusalAuditTest {
  static final String PW = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired MutableClock clock;
  @Autowired TransactionTemplate tx;

  long account;
  long secret;

  @BeforeEach
  void anAccountWithASecret() {
    clock.set(Instant.now());
    account = DemoAccountSecret.account(jdbc);
    secret = DemoAccountSecret.password(jdbc, vault, tx, account, "s3cret-pw-99");
  }

  WebSession signedIn(String user) {
    return WebSession.signedIn(port, user, PW);
  }

  long person(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  /** Refusal entries by this person whose reason contains {@code text}. */
  long refusals(String username, String text) {
    return jdbc.sql("select count(*) from audit_entries where action like '%.refused' and actor_id = ?"
        + " and reason like ?").params(person(username), "%" + text + "%").query(Long.class).single();
  }

  Map<String, String> reveal(String reason, String password) {
    return password == null ? Map.of("secret", Long.toString(secret), "reason", reason)
        : Map.of("secret", Long.toString(secret), "reason", reason, "password", password);
  }

  @Test
  void aForgedCsrfTokenOnARevealIsRecorded() {
    WebSession staff = signedIn("staff");
    HttpResponse<String> r = staff.post("/accounts/" + account + "/reveal",
        Map.of("_csrf", "forged", "secret", Long.toString(secret), "reason", "x"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(refusals("staff", "CSRF")).isEqualTo(1);
  }

  @Test
  void aStaleSignInAWrongPasswordAndAMissingReasonOnARevealAreRecorded() {
    WebSession staff = signedIn("staff");
    staff.get("/accounts/" + account + "/reveal?secret=" + secret);
    assertThat(staff.post("/accounts/" + account + "/reveal", reveal("", null)).statusCode())
        .isEqualTo(422);
    assertThat(refusals("staff", "no reason")).isEqualTo(1);

    clock.advance(Duration.ofMinutes(30));
    assertThat(staff.post("/accounts/" + account + "/reveal", reveal("Posting", null)).statusCode())
        .isEqualTo(422);
    assertThat(refusals("staff", "no recent sign-in")).isEqualTo(1);

    assertThat(staff.post("/accounts/" + account + "/reveal", reveal("Posting", "wrong")).statusCode())
        .isEqualTo(422);
    assertThat(refusals("staff", "wrong confirmation password")).isEqualTo(1);
  }

  @Test
  void aRoleRuleRefusalOnAnyRouteIsRecordedNotOnlyOnAccounts() {
    WebSession learner = signedIn("learner");
    long people = refusals("learner", "GET /people");
    long audit = refusals("learner", "GET /audit");
    long personRefused = jdbc.sql("select count(*) from audit_entries where action = 'person.refused'"
        + " and actor_id = ?").param(person("learner")).query(Long.class).single();
    assertThat(learner.get("/people").statusCode()).isEqualTo(403);
    assertThat(learner.get("/audit").statusCode()).isEqualTo(403);
    assertThat(refusals("learner", "GET /people")).isEqualTo(people + 1);
    assertThat(refusals("learner", "GET /audit")).isEqualTo(audit + 1);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'person.refused' and actor_id = ?")
        .param(person("learner")).query(Long.class).single()).isEqualTo(personRefused + 1);
  }

  @Test
  void aHeadOfSchoolReadingAnotherUnitsPersonIsRecorded() {
    long creativeStaff = person("staff");
    WebSession head = signedIn("head.construction");
    assertThat(head.get("/people/" + creativeStaff).statusCode()).isEqualTo(403);
    assertThat(refusals("head.construction", "GET /people/" + creativeStaff)).isEqualTo(1);
  }

  @Test
  void theAuditChainStaysIntactAfterRefusals() {
    WebSession learner = signedIn("learner");
    learner.get("/people");
    WebSession admin = signedIn("admin");
    admin.get("/audit");
    HttpResponse<String> verified = admin.post("/audit/verify", Map.of());
    assertThat(verified.body()).contains("intact");
  }
}
