package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.engine.Clause;

/**
 * Data protection in a real browser ({@link BrowserJourney}: axe-core on every page): HR asks to monitor a personal
 * account without a second approver and is refused (audited, nothing written); the data
 * protection officer sees the demo subject access request's deadline on the home page, opens the
 * export and downloads it; the safeguarding lead approves the demo monitoring request, HR logs a
 * look and the DPO sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyJourneyTest extends BrowserJourney {
  @Autowired JdbcClient jdbc;

  @AfterEach
  void accessible() {
    assertThat(violations).as("axe-core violations").isEmpty();
  }

  @Test
  @Clause({"PER-9"})
  void aMonitoringRequestWithoutASecondApproverIsRefused() {
    long rows = jdbc.sql("select count(*) from monitoring_requests").query(Long.class).single();
    try (BrowserContext context = context()) {
      Page page = as(context, "hr");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoring").setExact(true)).first().click();
      page.waitForURL(url("/privacy/monitoring"));
      check(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask to monitor an account")).click();
      check(page);
      page.getByLabel("Whose account").fill("tutor");
      page.getByLabel("The personal account").fill("https://bsky.app/profile/grace.example");
      page.getByLabel("To safeguard someone").check();
      page.getByLabel("What is the concern?").fill("A learner reported messages from this account.");
      page.getByLabel("For how many days").fill("5");
      click(page, "Send for approval");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Name a second person to approve");
      page.locator(".govuk-error-summary a").first().click();
      assertThat((Boolean) page.evaluate("() => document.activeElement.id === 'approver'")).isTrue();
      assertThat(page.getByLabel("The personal account").inputValue()).as("nothing typed is lost")
          .isEqualTo("https://bsky.app/profile/grace.example");
    }
    assertThat(jdbc.sql("select count(*) from monitoring_requests").query(Long.class).single()).isEqualTo(rows);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'monitoring.refused' and reason like '%second person%'")
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @Clause({"PER-9"})
  void theDpoSeesTheDeadlineTheExportAndEveryLook() {
    long request = jdbc.sql("select id from monitoring_requests where status = 'requested' order by id").query(Long.class).list().get(0);
    try (BrowserContext context = context()) {
      Page page = as(context, "dsl");
      assertThat(page.locator("#needs").innerText()).contains("Approve or refuse a request to monitor a personal account");
      page.navigate(url("/privacy/monitoring/" + request));
      check(page);
      click(page, "Approve");
      assertThat(page.locator("#state").innerText()).isEqualTo("approved");
    }
    try (BrowserContext context = context()) {
      Page page = as(context, "hr", "/privacy/monitoring/" + request);
      page.getByLabel("What you looked at and what you found").fill("Read the public posts of this week: one names a colleague.");
      click(page, "Log this look");
      assertThat(page.locator("#looks").innerText()).contains("Harriet Moore").contains("names a colleague");
    }
    try (BrowserContext context = context()) {
      Page page = as(context, "dpo");
      String needs = page.locator("#needs").innerText();
      assertThat(needs).contains("Answer the subject access request of Alex Jones").contains("days left");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
          java.util.regex.Pattern.compile("subject access request of Alex Jones"))).click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator("#deadline").innerText()).contains("days left");
      assertThat(page.locator("section").innerText()).contains("People and organisation").contains("alex.jones@demo.steward.test");
      var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Download the readable copy (HTML)")).click());
      assertThat(download.suggestedFilename()).endsWith(".html");
      page.navigate(url("/privacy/monitoring"));
      check(page);
      assertThat(page.locator("#monitoring").innerText()).contains("Noah Evans").contains("approved").contains("1");
      page.navigate(url("/privacy"));
      check(page);
      click(page, "Apply the schedule now");
      assertThat(page.locator("#disposals").innerText()).contains("notification");
    }
  }
}
