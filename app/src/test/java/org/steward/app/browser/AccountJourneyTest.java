package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.people.NewPerson;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;
import org.steward.engine.Clause;

/**
 * The whole life of an official account in a real browser: a head of school asks for it (and is
 * refused when approving it herself), the head of the college and the head of digital marketing
 * approve after seeing similar accounts, marketing sets it up with its credentials, a staff
 * manager reveals the password (audited), a learner is refused (audited), the db-scheduler job
 * marks it dormant after the configured 90 days on a controllable clock, a manager asks for it to
 * be closed and marketing walks the checklist to closed. axe-core runs on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "db-scheduler.polling-interval=1s"})
@Import(AccountTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountJourneyTest extends BrowserJourney {
  static final String SECRET = "Open-Day-2026-correct-horse";

  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired PeopleService people;
  @Autowired PasswordEncoder encoder;
  @Autowired SchedulerClient scheduler;

  List<String> audit(String action, long accountId) {
    return jdbc.sql("select actor_id || ':' || coalesce(reason, '') from audit_entries where action = ?"
            + " and object_id like ? order by seq")
        .params(action, accountId + "%").query(String.class).list();
  }

  long personId(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  @Test
  @Clause({"ACC-1", "ACC-2", "ACC-3", "ACC-4", "ACC-5", "ACC-6", "ACC-7", "ACC-8", "ACC-13", "ACC-15"})
  void theWholeLifeOfAnAccount() throws Exception {
    // The head of the college above the school: a second head-of-unit approver for this journey.
    long candi = jdbc.sql("select id from units where code = 'CANDI'").query(Long.class).single();
    people.add(Actor.SYSTEM, new NewPerson(PersonKind.STAFF, "Chris", "Okoro", "head.candi@demo.steward.test",
        "head.candi", LocalDate.of(1975, 5, 5), candi, List.of(new RoleGrant(Role.HEAD_OF_UNIT, candi),
            RoleGrant.of(Role.STAFF))), encoder.encode(PASSWORD), "journey test");

    long id;
    // 1. The head of the creative school asks for an account, with the policy's guidance beside the form.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "head.creative");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts").setExact(true)).first().click();
      check(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for an account")).click();
      page.waitForURL(url("/accounts/new"));
      assertThat(page.locator("#guidance").textContent()).contains("share good practice and provide support");
      check(page);
      // First without a co-manager: the error summary links to the field and the form keeps what was typed.
      page.getByLabel("Platform", new Page.GetByLabelOptions().setExact(true)).selectOption("instagram");
      page.getByLabel("Handle").fill("@CandiCreativeOpenDays");
      page.getByLabel("Name of the account").fill("Creative Arts Open Days");
      page.getByLabel("School, department or service").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("School of Creative and Digital Arts"));
      page.getByLabel("What is the account for?").fill("Open days and learners' shows");
      page.getByLabel("Who is it for?").fill("prospective learners and parents");
      page.getByLabel("Public", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("What will you post, and how often?").fill("Two posts a week in term time");
      page.getByLabel("How will you answer comments and remove anything inappropriate?")
          .fill("Both managers check comments every weekday morning");
      click(page, "Ask for an account");
      assertThat(page.locator(".govuk-error-summary a").first().getAttribute("href")).isEqualTo("#coManager");
      assertThat(page.getByLabel("Handle").inputValue()).isEqualTo("@CandiCreativeOpenDays");
      page.getByLabel("Co-manager").fill("staff");
      page.getByLabel("I will be an administrator on the platform, able to remove content quickly").check();
      click(page, "Ask for an account");
      Matcher m = Pattern.compile("/accounts/(\\d+)").matcher(page.url());
      assertThat(m.find()).isTrue();
      id = Long.parseLong(m.group(1));
      assertThat(page.locator("#status").textContent()).isEqualTo("Waiting for approval");

      // 2. She cannot approve her own request: no button, and a forced attempt is refused and audited.
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).count()).isZero();
      String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
      APIResponse forced = page.request().post(url("/accounts/" + id + "/approve"),
          RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)));
      assertThat(forced.status()).isEqualTo(403);
      assertThat(audit("account.refused", id)).singleElement()
          .satisfies(e -> assertThat(e).startsWith(personId("head.creative") + ":approve: Nobody can approve their own request"));
    }

    // 3. The head of digital marketing sees similar accounts first, then approves.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "hodm");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approve or refuse the request for Creative Arts Open Days")).click();
      check(page);
      assertThat(page.locator("#similar").textContent()).contains("Creative Arts at City and Islington", "Same unit");
      page.getByLabel("Note (optional)").fill("Check it does not duplicate @CandiCreative");
      click(page, "Approve");
      assertThat(page.locator("#status").textContent()).isEqualTo("Waiting for approval");
    }
    // 4. The head of the college gives the head-of-unit approval: the account is approved.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "head.candi");
      page.navigate(url("/accounts/" + id));
      check(page);
      click(page, "Approve");
      assertThat(page.locator("#status").textContent()).isEqualTo("Approved, waiting for set-up");
    }

    // 5. Marketing sets it up: e-mail address, password and recovery codes go into the vault.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up Creative Arts Open Days: both approvals are in")).click();
      check(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the account")).click();
      page.waitForURL(url("/accounts/" + id + "/set-up"));
      check(page);
      page.getByLabel("E-mail address the account signs in with").fill("opendays.creative@candi.example");
      page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(SECRET);
      page.getByLabel("Recovery codes (optional)").fill("RC-1111 RC-2222");
      page.getByLabel("Web address of the account").fill("https://www.instagram.com/candicreativeopendays");
      click(page, "Save and activate");
      assertThat(page.locator("#status").textContent()).isEqualTo("Active");
      assertThat(page.content()).doesNotContain(SECRET);
    }

    // 6. A staff manager reveals the password with a reason; the reveal is in the audit trail.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff");
      page.navigate(url("/accounts/" + id));
      check(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reveal password")).click();
      check(page);
      page.getByLabel("Why do you need it?").fill("Posting the open day photos");
      click(page, "Reveal password");
      assertThat(page.locator("#secret-value").textContent()).isEqualTo(SECRET);
      assertThat(audit("account.secret-revealed", id)).singleElement()
          .isEqualTo(personId("staff") + ":Posting the open day photos");
    }

    // 7. A learner is refused, whatever page they try, and the attempt is audited.
    long secretId = jdbc.sql("select id from account_secrets where account_id = ? and kind = 'password'")
        .param(id).query(Long.class).single();
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "learner");
      var response = page.navigate(url("/accounts/" + id + "/reveal?secret=" + secretId));
      assertThat(response.status()).isEqualTo(403);
      assertThat(page.locator("h1").textContent()).isEqualTo("You do not have access to this");
      check(page);
      assertThat(audit("account.refused", id)).anySatisfy(e -> assertThat(e)
          .startsWith(personId("learner") + ":route GET /accounts/" + id + "/reveal"));
    }

    // 8. Ninety-one days pass without a post: the db-scheduler job marks the account dormant.
    clock.advance(Duration.ofDays(91));
    TaskInstanceId audit = TaskInstanceId.of("account-inactivity-audit", RecurringTask.INSTANCE);
    for (int i = 0; i < 50 && !scheduler.reschedule(audit, Instant.now()); i++) {
      Thread.sleep(200);
    }
    String status = "";
    for (int i = 0; i < 100 && !"dormant".equals(status); i++) {
      Thread.sleep(200);
      status = jdbc.sql("select status from accounts where id = ?").param(id).query(String.class).single();
    }
    assertThat(status).as("marked dormant by the scheduled job").isEqualTo("dormant");

    // 9. The manager sees it has gone quiet and asks marketing to close it.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff");
      assertThat(page.locator("#needs").textContent())
          .contains("Creative Arts Open Days has gone quiet");
      page.navigate(url("/accounts/" + id));
      assertThat(page.locator("#status").textContent()).isEqualTo("Dormant");
      check(page);
      page.locator("summary", new Page.LocatorOptions().setHasText("Close this account")).click();
      page.getByLabel("Why is it no longer needed?").fill("Open days now run from the main account");
      click(page, "Ask marketing to close it");
      assertThat(page.locator("#status").textContent()).isEqualTo("Closing");
    }

    // 10. Marketing works through the checklist and closes it.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing");
      page.navigate(url("/accounts/" + id));
      check(page);
      page.getByLabel("Content archived").check();
      page.getByLabel("Sign-in details changed or deleted").check();
      page.getByLabel("Platform account deleted or handed over").check();
      click(page, "Save the checklist");
      click(page, "Close the account");
      assertThat(page.locator("#status").textContent()).isEqualTo("Closed");
      page.navigate(url("/accounts/activity"));
      check(page);
      page.navigate(url("/accounts?status=closed"));
      assertThat(page.locator("main table").textContent()).contains("Creative Arts Open Days");
      check(page);
      page.navigate(url("/accounts/import"));
      check(page);
      page.navigate(url("/notifications"));
      assertThat(page.locator("main").textContent()).contains("An approved account is waiting to be set up");
      check(page);
    }
    assertThat(jdbc.sql("select action from audit_entries where object_type = 'account' and object_id = ?"
        + " order by seq").param(Long.toString(id)).query(String.class).list()).containsSubsequence(
        "account.requested", "account.refused", "account.approved-as-head-of-digital-marketing",
        "account.approved-as-head-of-unit", "account.approved", "account.set-up",
        "account.dormant", "account.closing", "account.checklist-updated", "account.closed");
    assertThat(violations).as("WCAG 2.2 A/AA violations on the pages of the journey").isEmpty();
  }
}
