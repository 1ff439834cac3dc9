package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.app.csv.CsvExport;
import org.steward.app.security.PasswordConfirmation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * The account pages against a running server, as people use them: the request form (guidance,
 * error summary, kept values), the reveal page asking for the password again after a while, a
 * tampered secret that is reported and not shown, and the activity page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", AccountWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
@Import(AccountTestConfig.class)
class AccountPagesTest {
  static final String PW = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  WebSession signedIn(String user) {
    WebSession s = new WebSession(port);
    s.signIn(user, PW);
    return s;
  }

  @Test
  @Clause({"ACC-15", "ACC-4"})
  void theRequestPageShowsThePolicysSupportAndKeepsWhatWasTyped() {
    WebSession staff = signedIn("staff");
    HttpResponse<String> form = staff.get("/accounts/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("share good practice and provide support",
        "Think about what the purpose of the account will be");
    HttpResponse<String> bad = staff.post("/accounts", Map.of("handle", "@KeepMe",
        "purpose", "Kept purpose"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("There is a problem", "href=\"#coManager\"", "href=\"#platform\"",
        "value=\"@KeepMe\"", "Kept purpose");
    assertThat(bad.body()).contains("<title>Error: Ask for an account");
  }

  @Test
  @Clause("ACC-6")
  void aRevealLongAfterSignInAsksForThePasswordAgain() {
    long id = activeAccount("@PagesReveal");
    long secret = jdbc.sql("select id from account_secrets where account_id = ? and kind = 'password'")
        .param(id).query(Long.class).single();
    WebSession staff = signedIn("staff");
    assertThat(staff.get("/accounts/" + id + "/reveal?secret=" + secret).body())
        .doesNotContain("Your Steward password");
    clock.advance(Duration.ofMinutes(30));
    HttpResponse<String> page = staff.get("/accounts/" + id + "/reveal?secret=" + secret);
    assertThat(page.body()).contains("Your Steward password");
    HttpResponse<String> wrong = staff.post("/accounts/" + id + "/reveal",
        Map.of("secret", Long.toString(secret), "reason", "Posting", "password", "not it"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("The password is not right").doesNotContain("pages password 123");
    for (int i = 0; i < PasswordConfirmation.MAX_TRIES - 2; i++) {
      staff.post("/accounts/" + id + "/reveal", Map.of("secret", Long.toString(secret), "reason",
          "Posting", "password", "still not it"));
    }
    HttpResponse<String> right = staff.post("/accounts/" + id + "/reveal",
        Map.of("secret", Long.toString(secret), "reason", "Posting", "password", PW));
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("pages password 123");
    assertThat(right.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    // Guessing is limited per session: after five wrong passwords even the right one is refused.
    WebSession guesser = signedIn("staff");
    clock.advance(Duration.ofMinutes(30));
    for (int i = 0; i < PasswordConfirmation.MAX_TRIES; i++) {
      guesser.post("/accounts/" + id + "/reveal", Map.of("secret", Long.toString(secret), "reason",
          "Posting", "password", "guess " + i));
    }
    HttpResponse<String> locked = guesser.post("/accounts/" + id + "/reveal",
        Map.of("secret", Long.toString(secret), "reason", "Posting", "password", PW));
    assertThat(locked.statusCode()).isEqualTo(422);
    assertThat(locked.body()).contains("Too many wrong passwords").doesNotContain("pages password 123");
  }

  @Test
  @Clause("ACC-6")
  void aTamperedSecretIsReportedAndNotShown() {
    long id = activeAccount("@PagesTamper");
    long secret = jdbc.sql("select id from account_secrets where account_id = ? and kind = 'password'")
        .param(id).query(Long.class).single();
    String ct = jdbc.sql("select ciphertext from account_secrets where id = ?").param(secret)
        .query(String.class).single();
    String changed = (ct.charAt(20) == 'A' ? "B" : "A");
    jdbc.sql("update account_secrets set ciphertext = ? where id = ?")
        .params(ct.substring(0, 20) + changed + ct.substring(21), secret).update();
    WebSession staff = signedIn("staff");
    HttpResponse<String> r = staff.post("/accounts/" + id + "/reveal",
        Map.of("secret", Long.toString(secret), "reason", "Posting"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("failed its integrity check").doesNotContain("pages password 123");
  }

  @Test
  @Clause({"ACC-14", "ACC-7"})
  void theActivityPageRanksAccountsAndNamesMergeCandidatesAndTheRegistryFilters() {
    WebSession hodm = signedIn("hodm");
    HttpResponse<String> page = hodm.get("/accounts/activity");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Accounts that could be merged", "Creative Arts on TikTok",
        "Creative Arts at City and Islington");
    HttpResponse<String> filtered = hodm.get("/accounts?status=dormant");
    assertThat(filtered.body()).contains("Westminster Kingsway Hospitality")
        .doesNotContain("Creative Arts on TikTok");
    HttpResponse<String> csv = hodm.get("/accounts/export?status=dormant", "Accept", "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("platform,handle,name,unit,status")
        .contains("x,@WKCHospitality,Westminster Kingsway Hospitality,School of Hospitality and Culinary Arts,dormant")
        .doesNotContain("TikTok");
    assertThat(CsvExport.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(signedIn("staff").get("/").body())
        .contains("Your request for Creative Arts Film is waiting for both approvals");
    HttpResponse<String> home = hodm.get("/");
    assertThat(home.body()).contains("Construction Level 2 group has fewer than 2 staff managers",
        "Approve or refuse the request for Creative Arts Film");
  }

  /** An account set up through the pages by the demo users, with its password in the vault. */
  long activeAccount(String handle) {
    WebSession staff = signedIn("staff");
    staff.get("/accounts/new");
    long unit = jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single();
    HttpResponse<String> created = staff.post("/accounts", Map.ofEntries(Map.entry("platform", "instagram"),
        Map.entry("handle", handle), Map.entry("name", "Pages " + handle), Map.entry("unit", Long.toString(unit)),
        Map.entry("purpose", "p"), Map.entry("audience", "a " + handle), Map.entry("visibility", "public"),
        Map.entry("postingPlan", "weekly"), Map.entry("moderationPlan", "daily"),
        Map.entry("coManager", "marketing")));
    Matcher m = Pattern.compile("/accounts/(\\d+)").matcher(created.uri().toString());
    assertThat(m.find()).as(created.uri().toString()).isTrue();
    long id = Long.parseLong(m.group(1));
    for (String approver : new String[] {"head.creative", "hodm"}) {
      WebSession s = signedIn(approver);
      s.get("/accounts/" + id);
      assertThat(s.post("/accounts/" + id + "/approve", Map.of()).statusCode()).isEqualTo(200);
    }
    WebSession marketing = signedIn("marketing");
    marketing.get("/accounts/" + id + "/set-up");
    marketing.post("/accounts/" + id + "/set-up", Map.of("loginEmail", "pages@college.example",
        "password", "pages password 123"));
    assertThat(jdbc.sql("select status from accounts where id = ?").param(id).query(String.class).single())
        .isEqualTo("active");
    return id;
  }
}
