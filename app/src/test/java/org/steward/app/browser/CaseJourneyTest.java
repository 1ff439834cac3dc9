package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.engine.Clause;

/**
 * Reports and cases in a real browser, with axe-core on every page: an anonymous learner reports
 * bullying, gets a receipt code and later reads the safeguarding lead's reply with it; a
 * radicalisation concern reaches the safeguarding lead and nobody else (an administrator and HR
 * are refused, and it is not in their lists); a member of staff reports a concern from a post page
 * and only HR reads it, with the post's text, address and SHA-256 (an administrator, the
 * safeguarding lead and the reporter cannot).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "db-scheduler.polling-interval=1s"})
@Import(AccountTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseJourneyTest extends BrowserJourney {
  @Autowired JdbcClient jdbc;

  @AfterEach
  void accessible() {
    assertThat(violations).as("axe-core violations").isEmpty();
  }

  Page as(BrowserContext context, String username) {
    Page page = context.newPage();
    BrowserSupport.signIn(page, url(""), username, PASSWORD);
    check(page);
    return page;
  }

  long newestCase() {
    return jdbc.sql("select max(id) from cases").query(Long.class).single();
  }

  /** Reports through the public form, signed in or not; returns the receipt code shown. */
  String report(Page page, String concern, String about, String summary) {
    page.navigate(url("/report"));
    check(page);
    // First without saying what happened: the error summary names what is missing.
    page.getByLabel(concern).check();
    click(page, "Send the report");
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Choose what your report is about")
        .contains("Say what happened");
    page.getByLabel(concern).check();
    page.getByLabel(about).check();
    page.getByLabel("What happened?").fill(summary);
    click(page, "Send the report");
    assertThat(page.locator("h1").innerText()).isEqualTo("Report sent");
    return page.locator("#receipt").innerText();
  }

  @Test
  @Clause({"SAF-7", "SAF-8"})
  void anAnonymousLearnerReportsBullyingAndLaterReadsTheReplyWithTheirCode() {
    String code;
    try (BrowserContext anonymous = context()) {
      Page page = anonymous.newPage();
      page.navigate(url("/login"));
      check(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report a concern")).click();
      page.waitForLoadState();
      code = report(page, "Bullying, harassment or abuse", "A comment or reply",
          "Someone in my class keeps replying to my posts calling me names.");
      assertThat(code.replace(" ", "")).matches("\\d{20}");
      assertThat(page.locator("body").innerText()).contains("the designated safeguarding lead")
          .contains("shown only once");
    }
    long id = newestCase();
    try (BrowserContext dsl = context()) {
      Page page = as(dsl, "dsl");
      assertThat(page.locator("main").innerText()).contains("Triage");
      page.navigate(url("/cases"));
      check(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(String.format("C-%06d", id))).click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator("#case-summary").innerText()).contains("calling me names");
      page.getByLabel("Triage: priority").selectOption("high");
      click(page, "Triage");
      page.getByLabel("Reply to the reporter (they read it with their receipt code)")
          .fill("Thank you for telling us. We have hidden the replies and are speaking to the learners involved.");
      click(page, "Send the reply");
      assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Your reply was sent");
    }
    try (BrowserContext later = context()) {
      Page page = later.newPage();
      page.navigate(url("/report/follow"));
      check(page);
      page.getByLabel("Your receipt code").fill("1234");
      click(page, "Show my report");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("No report has this receipt code");
      page.getByLabel("Your receipt code").fill(code);
      click(page, "Show my report");
      assertThat(page.locator("#status").innerText()).isEqualTo("Being looked into");
      assertThat(page.locator("#messages").innerText()).contains("We have hidden the replies");
      page.getByLabel("Add information").fill("It happened again this morning.");
      click(page, "Send the message");
      assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Your message was added");
      // The code never appears in an address.
      assertThat(page.url()).doesNotContain(code.replace(" ", ""));
    }
  }

  @Test
  @Clause({"SAF-5", "SAF-6", "CON-5"})
  void aRadicalisationConcernReachesOnlyTheSafeguardingLead() {
    try (BrowserContext anonymous = context()) {
      report(anonymous.newPage(), "Extremism or radicalisation", "A post",
          "A learner posted that people should join National Action, that they are the only ones fighting back.");
    }
    long id = newestCase();
    String reference = String.format("C-%06d", id);
    try (BrowserContext dsl = context()) {
      Page page = as(dsl, "dsl");
      page.navigate(url("/cases"));
      check(page);
      assertThat(page.locator("table").innerText()).contains(reference);
      page.navigate(url("/cases/" + id));
      check(page);
      assertThat(page.locator("#case-summary").innerText()).contains("National Action");
      assertThat(page.locator("#prevent-route").getAttribute("href")).startsWith("https://");
      page.getByLabel("The concerns").fill("Encouraging others to join a proscribed organisation.");
      page.getByLabel("How they came to light").fill("An anonymous report through Steward.");
      page.getByLabel("The social media involved").fill("A public post on the learner's account.");
      click(page, "Save the referral fields");
      assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Prevent referral fields were saved");
    }
    for (String other : List.of("admin", "hr", "dpo", "marketing", "staff")) {
      try (BrowserContext ctx = context()) {
        Page page = as(ctx, other);
        Response r = page.navigate(url("/cases/" + id));
        assertThat(r.status()).as(other).isEqualTo(403);
        assertThat(page.locator("body").innerText()).doesNotContain("National Action");
        Response list = page.navigate(url("/cases"));
        if (list.status() == 200) {
          assertThat(page.locator("main").innerText()).doesNotContain(reference);
        } else {
          assertThat(list.status()).isEqualTo(403);
        }
      }
    }
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'case.viewed' and object_id = ?")
        .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  @Clause({"SAF-4", "CON-5"})
  void aLearnersSelfHarmTextOnTheCheckPageOpensAConcernForTheSafeguardingLeadAndShowsWhereToGetHelp() {
    long before = newestCase();
    try (BrowserContext learner = context()) {
      Page page = as(learner, "learner");
      page.navigate(url("/check"));
      check(page);
      page.getByLabel("Text to check").fill("i want to kill myself");
      page.getByLabel("What is it?").selectOption("comment");
      click(page, "Check the text");
      String help = page.locator("#safeguarding-help").innerText();
      assertThat(help).contains("Samaritans").contains("116 123").contains("will be in touch");
      // Help, not an accusation: nothing says the text was reported or refused.
      assertThat(page.locator("main").innerText().toLowerCase()).doesNotContain("reported")
          .doesNotContain("do not post this");
    }
    long id = newestCase();
    assertThat(id).isGreaterThan(before);
    assertThat(jdbc.sql("select type || ':' || priority from cases where id = ?").param(id).query(String.class)
        .single()).isEqualTo("safeguarding:urgent");
    try (BrowserContext dsl = context()) {
      Page page = as(dsl, "dsl");
      assertThat(page.locator("main").innerText()).contains("urgent");
      page.navigate(url("/cases/" + id));
      check(page);
      assertThat(page.locator("#evidence-text").innerText()).isEqualTo("i want to kill myself");
      assertThat(page.locator("body").innerText()).contains("Snapshot intact").contains("safeguarding.self-harm");
    }
    try (BrowserContext admin = context()) {
      Page page = as(admin, "admin");
      assertThat(page.navigate(url("/cases/" + id)).status()).isEqualTo(403);
    }
  }

  @Test
  @Clause({"SAF-6", "CON-5"})
  void staffReportAConcernFromAPostPageAndOnlyHrReadsItWithThePostAndItsHash() {
    long postId = jdbc.sql("select id from posts where platform_url = 'https://www.instagram.com/p/CandiSummerStudios/'")
        .query(Long.class).single();
    String text = jdbc.sql("select text from posts where id = ?").param(postId).query(String.class).single();
    long before = newestCase();
    try (BrowserContext staff = context()) {
      Page page = as(staff, "staff");
      page.navigate(url("/posts/" + postId));
      check(page);
      page.getByText("Report a concern about this post").click();
      page.getByLabel("What is the concern?").selectOption("conduct");
      click(page, "Report the concern");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Say what the concern is");
      assertThat(page.title()).startsWith("Error: ");
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("concern-summary");
      assertThat(newestCase()).isEqualTo(before);
      page.getByLabel("What should they know?").fill("A colleague keeps replying to this post with comments about a learner.");
      click(page, "Report the concern");
      assertThat(page.locator("#concern-sent").innerText()).contains("HR").doesNotContain("comments about a learner");
    }
    long id = newestCase();
    assertThat(id).isGreaterThan(before);
    try (BrowserContext hr = context()) {
      Page page = as(hr, "hr");
      page.navigate(url("/cases/" + id));
      check(page);
      assertThat(page.locator("#case-summary").innerText()).contains("comments about a learner");
      assertThat(page.locator("#evidence-text").innerText()).isEqualTo(text);
      assertThat(page.locator("main").innerText()).contains("Snapshot intact")
          .contains(org.steward.app.cases.Evidence.capture(text, "", "", List.of(), java.time.Instant.now()).snapshotSha256())
          .contains("https://www.instagram.com/p/CandiSummerStudios/");
    }
    for (String other : List.of("admin", "dsl", "staff")) {
      try (BrowserContext ctx = context()) {
        Page page = as(ctx, other);
        assertThat(page.navigate(url("/cases/" + id)).status()).as(other).isEqualTo(403);
        assertThat(page.locator("body").innerText()).doesNotContain("comments about a learner");
      }
    }
  }
}
