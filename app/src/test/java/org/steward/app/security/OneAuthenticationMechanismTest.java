package org.steward.app.security;

import org.steward.app.identity.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.app.support.WebSession.basic;

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
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.people.People;
import org.steward.app.people.PeopleService;
import org.steward.app.support.DemoAccountSecret;
import org.steward.app.support.WebSession;

/**
 * Issue #8, item 1: a request is authenticated by exactly one mechanism. These are the exploits
 * an outside review found, run against a real server: each one worked before the fix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false", "steward.sign-in.client-per-minute=1000",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@Import(AccountTestConfig.class)
class OneAuthenticationMechanismTest {
  static final String PW = "Steward-demo-2026";
  static final String SECRET = "exploit-target-password-42";
  static final String JSON = "application/json";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired MutableClock clock;
  @Autowired People people;
  @Autowired PeopleService peopleService;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  long account;
  long secret;

  @BeforeEach
  void anAccountWithASecret() {
    clock.set(Instant.now());
    account = DemoAccountSecret.account(jdbc);
    secret = DemoAccountSecret.password(jdbc, vault, tx, account, SECRET);
  }

  WebSession signedIn(String user) {
    return WebSession.signedIn(port, user, PW);
  }

  String reveal() {
    return "{\"secretId\":" + secret + ",\"reason\":\"Posting today\"}";
  }

  @Test
  void aStaleSessionWithAWrongBasicPasswordRevealsNothing() {
    WebSession staff = signedIn("staff");
    clock.advance(Duration.ofMinutes(30));
    HttpResponse<String> r = staff.send("POST", "/api/v1/accounts/" + account + "/reveal", JSON,
        reveal(), "Authorization", basic("staff", "wrong"), "Accept", JSON);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).doesNotContain(plain());
    assertThat(auditCount("account.secret-revealed")).isZero();
  }

  @Test
  void aStaleSessionAloneMustConfirmThePassword() {
    WebSession staff = signedIn("staff");
    staff.get("/accounts/" + account);
    clock.advance(Duration.ofMinutes(30));
    HttpResponse<String> r = staff.send("POST", "/api/v1/accounts/" + account + "/reveal", JSON,
        reveal(), "Accept", JSON, "X-CSRF-TOKEN", staff.csrfToken());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).doesNotContain(plain());
  }

  @Test
  void aLeftPersonsCookieWithTheirOwnNameAndAnyPasswordDoesNothing() {
    WebSession marketing = signedIn("marketing");
    peopleService.markLeft(org.steward.app.identity.Actor.SYSTEM,
        people.findByUsername("marketing").orElseThrow().id(), "Left the college");
    HttpResponse<String> revealed = marketing.send("POST", "/api/v1/accounts/" + account + "/reveal",
        JSON, reveal(), "Authorization", basic("marketing", "x"), "Accept", JSON);
    assertThat(revealed.statusCode()).isEqualTo(401);
    assertThat(revealed.body()).doesNotContain(plain());
    HttpResponse<String> suspended = marketing.send("POST", "/api/v1/accounts/" + account + "/suspend",
        JSON, "{\"reason\":\"sabotage\"}", "Authorization", basic("marketing", "x"), "Accept", JSON);
    assertThat(suspended.statusCode()).isEqualTo(401);
    assertThat(jdbc.sql("select status from accounts where id = ?").param(account)
        .query(String.class).single()).isEqualTo("active");
  }

  @Test
  void csrfProtectionStaysOnWhenASessionRequestCarriesAnAuthorizationHeader() {
    WebSession staff = signedIn("staff");
    HttpResponse<String> out = staff.send("POST", "/logout", "application/x-www-form-urlencoded", "",
        "Authorization", basic("staff", "anything"), "Accept", "text/html");
    assertThat(out.statusCode()).isIn(400, 401, 403);
    assertThat(staff.get("/").body()).contains("Signed in as");
  }

  @Test
  void httpBasicIsAcceptedOnlyByTheApi() {
    HttpResponse<String> page = new WebSession(port).send("GET", "/", null, null,
        "Authorization", basic("admin", PW), "Accept", "text/html");
    assertThat(page.body()).doesNotContain("Signed in as");
    HttpResponse<String> api = new WebSession(port).send("GET", "/api/v1/me", null, null,
        "Authorization", basic("admin", PW), "Accept", JSON);
    assertThat(api.statusCode()).isEqualTo(200);
  }

  @Test
  void anApiCallWithBasicCreatesAndUsesNoSession() {
    HttpResponse<String> fresh = new WebSession(port).send("GET", "/api/v1/me", null, null,
        "Authorization", basic("hr", PW), "Accept", JSON);
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("STEWARD_SESSION"));

    // With someone else's session cookie, the Basic credentials alone say who this is.
    WebSession admin = signedIn("admin");
    HttpResponse<String> mixed = admin.send("GET", "/api/v1/me", null, null,
        "Authorization", basic("hr", PW), "Accept", JSON);
    assertThat(mixed.statusCode()).isEqualTo(200);
    assertThat(mixed.body()).contains("\"hr\"").doesNotContain("\"administrator\"");
    assertThat(mixed.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("STEWARD_SESSION"));
    // ... and a wrong password is refused even though the session is valid.
    assertThat(admin.send("GET", "/api/v1/me", null, null, "Authorization", basic("admin", "wrong"),
        "Accept", JSON).statusCode()).isEqualTo(401);
    assertThat(admin.get("/").body()).contains("Signed in as");
  }

  @Test
  void aFreshBasicPasswordOnTheRequestItselfStillRevealsForAnApiScript() {
    HttpResponse<String> r = new WebSession(port).send("POST", "/api/v1/accounts/" + account
        + "/reveal", JSON, reveal(), "Authorization", basic("staff", PW), "Accept", JSON);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains(plain());
  }

  @Test
  void aBrowserReplayingCachedBasicCredentialsForAnotherSiteIsRefusedBeforeAnyChange() {
    String basic = basic("marketing", PW);
    HttpResponse<String> crossSite = new WebSession(port).send("POST", "/api/v1/accounts/" + account
        + "/suspend", "text/plain", "{\"reason\":\"forged\"}", "Authorization", basic,
        "Sec-Fetch-Site", "cross-site", "Accept", JSON);
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> otherOrigin = new WebSession(port).send("POST", "/api/v1/accounts/" + account
        + "/suspend", JSON, "{\"reason\":\"forged\"}", "Authorization", basic,
        "Origin", "https://evil.example", "Accept", JSON);
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    assertThat(jdbc.sql("select status from accounts where id = ?").param(account)
        .query(String.class).single()).isEqualTo("active");
  }

  @Test
  void aPageRequestWithAnAuthorizationHeaderIsRefusedWithAClearPage() {
    HttpResponse<String> page = signedIn("staff").send("GET", "/", null, null,
        "Authorization", basic("staff", PW), "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Use one way of signing in");
  }

  /** The secret's value (another test class sharing this context may have stored it). */
  String plain() {
    return tx.execute(t -> vault.open(account, secret));
  }

  long auditCount(String action) {
    return jdbc.sql("select count(*) from audit_entries where action = ? and object_id like ?")
        .params(action, account + "/%").query(Long.class).single();
  }
}
