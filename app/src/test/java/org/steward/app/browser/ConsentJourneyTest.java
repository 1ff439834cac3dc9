package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.app.consent.ConsentRecording;
import org.steward.app.consent.ConsentRegister;
import org.steward.app.consent.ConsentTestConfig;
import org.steward.app.consent.NewConsent;
import org.steward.app.consent.PersonUsage;
import org.steward.app.consent.Purpose;
import org.steward.app.consent.TestUsages;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.support.FreePort;
import org.steward.engine.Clause;

/**
 * Consent in a real browser with a real SMTP server: marketing asks a guardian by e-mail, the
 * guardian opens the link and gives consent for photos only, a post picturing the learner passes
 * the gate; the guardian withdraws through a second link, the takedown task reaches the account's
 * manager (home page and takedowns), who completes it, and the guardian is told by e-mail. A
 * do-not-publish learner never passes the gate, whatever consent is recorded. axe-core runs on
 * every page visited. The posts feature is stood in for behind the PersonUsages SPI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false",
    "spring.mail.host=127.0.0.1", "steward.mail.from=steward@college.example"})
@Import(ConsentTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentJourneyTest extends BrowserJourney {
  static final int SMTP_PORT = FreePort.find();
  static final Pattern LINK = Pattern.compile("/consent/link/([A-Za-z0-9_-]{43})");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(
      new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired JdbcClient jdbc;
  @Autowired PeopleService people;
  @Autowired ConsentRegister register;
  @Autowired ConsentRecording recording;
  @Autowired TestUsages usages;

  /** The token of the newest e-mail to {@code to} that carries a consent link. */
  String linkSentTo(String to, int expected) throws Exception {
    assertThat(mail.waitForIncomingEmail(10_000, expected)).isTrue();
    MimeMessage[] all = mail.getReceivedMessages();
    for (int i = all.length - 1; i >= 0; i--) {
      if (Arrays.stream(all[i].getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(all[i]));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new AssertionError("no consent link sent to " + to);
  }

  @Test
  @Clause({"CON-14", "SAF-1", "SAF-2", "SAF-3"})
  void aGuardianGivesConsentByLinkThenWithdrawsAndTheTakedownReachesTheManager() throws Exception {
    long creative = jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single();
    long zoe = people.add(Actor.SYSTEM, new NewPerson(PersonKind.LEARNER, "Zoe", "Adams", "zoe.adams@demo.steward.test",
        "zoe.adams", LocalDate.now().minusYears(15), creative, List.of(RoleGrant.of(Role.LEARNER))), null, "journey");
    long account = jdbc.sql("select id from accounts where handle = '@CandiCreative'").query(Long.class).single();

    // 1. Marketing asks the guardian for consent by e-mail.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing");
      page.navigate(url("/consent?q=Zoe"));
      check(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoe Adams")).click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator("h1").textContent()).isEqualTo("Consent of Zoe Adams");
      page.locator("#link-givenBy-guardian").check();
      page.locator("#link-name").fill("Anna Adams");
      page.locator("#link-email").fill("anna.adams@example.com");
      click(page, "Send a consent link");
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Consent link sent to anna.adams@example.com");
    }
    String first = linkSentTo("anna.adams@example.com", 1);

    // 2. The guardian opens the link without an account and gives consent for photos only.
    try (BrowserContext ctx = context()) {
      Page page = ctx.newPage();
      page.navigate(url("/consent/link/" + first));
      check(page);
      assertThat(page.locator("h1").textContent()).contains("Consent for Zoe to appear");
      click(page, "Send my answer");
      assertThat(page.locator(".govuk-error-summary").textContent())
          .contains("Confirm that you are Zoe's parent or guardian").contains("Choose at least one");
      page.locator("#choice-give").check();
      page.locator("#purposes-photo").check();
      page.locator("#confirmed").check();
      click(page, "Send my answer");
      assertThat(page.locator("h1").textContent()).contains("Consent recorded");
      page.navigate(url("/consent/link/" + first));
      check(page);
      assertThat(page.locator("h1").textContent()).isEqualTo("This link has already been used");
    }
    Instant now = Instant.now();
    assertThat(register.gate(List.of(zoe), "instagram", Set.of(Purpose.PHOTO), now))
        .as("a post picturing Zoe passes the gate").isEmpty();
    assertThat(register.gate(List.of(zoe), "instagram", Set.of(Purpose.PHOTO, Purpose.NAME), now))
        .singleElement().satisfies(j -> assertThat(j.reason()).contains("name in captions"));

    // The post is approved and published (posts stands in), then the guardian withdraws.
    usages.add(zoe, new PersonUsage("posts", "open-day-1", account, "instagram", PersonUsage.State.PUBLISHED,
        Set.of(Purpose.PHOTO), "Open day: our first-years at work", null));
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing");
      page.navigate(url("/consent/people/" + zoe));
      check(page);
      page.locator("#link-givenBy-guardian").check();
      page.locator("#link-name").fill("Anna Adams");
      page.locator("#link-email").fill("anna.adams@example.com");
      click(page, "Send a consent link");
    }
    String second = linkSentTo("anna.adams@example.com", 2);
    try (BrowserContext ctx = context()) {
      Page page = ctx.newPage();
      page.navigate(url("/consent/link/" + second));
      check(page);
      assertThat(page.locator("main").textContent()).contains("Photos on every platform");
      page.locator("#choice-withdraw").check();
      click(page, "Send my answer");
      assertThat(page.locator("h1").textContent()).contains("Consent withdrawn");
      assertThat(page.locator("main").textContent()).contains("will be taken down");
    }
    assertThat(register.judge(zoe, "instagram", Purpose.PHOTO, Instant.now()).valid()).isFalse();

    // 3. The account's manager sees the task first thing and completes it; the guardian is told.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff");
      assertThat(page.locator("main").textContent()).contains("Take down “Open day: our first-years at work”");
      page.navigate(url("/consent/takedowns"));
      check(page);
      page.locator("input[name=note]").first().fill("Deleted on Instagram");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as taken down")).first().click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Takedown marked done");
      assertThat(page.locator("main").textContent()).contains("Nothing to take down");
    }
    MimeMessage last = null;
    for (int tries = 0; tries < 100 && last == null; tries++) {
      for (MimeMessage m : mail.getReceivedMessages()) {
        if ("Your consent withdrawal is complete".equals(m.getSubject())) {
          last = m;
        }
      }
      if (last == null) {
        Thread.sleep(100);
      }
    }
    assertThat(last).as("the guardian is told").isNotNull();
    assertThat(last.getAllRecipients()[0].toString()).isEqualTo("anna.adams@example.com");
    assertThat(GreenMailUtil.getBody(last)).contains("has now been taken down");

    // 4. The register shows the history; the reports show coverage, do-not-publish and no open takedown.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "dsl");
      page.navigate(url("/consent/people/" + zoe));
      check(page);
      assertThat(page.locator("main").textContent()).contains("every takedown done").contains("Withdrawn by Anna Adams");
      page.navigate(url("/consent/reports"));
      check(page);
      assertThat(page.locator("main").textContent()).contains("Leo Grant").contains("Looked-after child")
          .contains("None open.");
    }

    // A do-not-publish learner never passes the gate, whatever is recorded.
    long leo = jdbc.sql("select id from people where username = 'leo.grant'").query(Long.class).single();
    recording.record(Actor.SYSTEM, new NewConsent(leo, "guardian", "A Carer", null, List.of(),
        List.of("photo", "video", "name"), null, null, null, "mis", "sent in anyway"), null);
    assertThat(register.gate(List.of(leo), "instagram", Set.of(Purpose.PHOTO), Instant.now()))
        .singleElement().satisfies(j -> assertThat(j.outcome()).isEqualTo(ConsentRegister.Outcome.DO_NOT_PUBLISH));

    assertThat(violations).as("WCAG 2.2 A/AA violations on the pages of the journey").isEmpty();
  }
}
