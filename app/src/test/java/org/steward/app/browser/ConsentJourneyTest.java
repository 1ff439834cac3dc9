package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.connectors.support.TestImages;
import org.steward.app.consent.ConsentRecording;
import org.steward.app.consent.NewConsent;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.posts.PostAccountRules;
import org.steward.app.posts.PostApproval;
import org.steward.app.posts.PostComposing;
import org.steward.app.posts.PostPublishing;
import org.steward.app.posts.TestAccounts;
import org.steward.app.posts.TestPosts;
import org.steward.app.support.FreePort;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;

/**
 * Consent end to end with a real browser, a real SMTP server and a real Bluesky PDS: staff compose a
 * post picturing a 15-year-old learner and request consent from the post; the guardian opens the
 * link from the e-mail and consents to photos; the post is approved by the head of digital
 * marketing (not its author) and published to the PDS. The guardian withdraws through a second
 * link: the Bluesky post is deleted through the connector (gone from the PDS), the Instagram post
 * (posted by hand) is a takedown task on the manager's home page, who completes it, and the
 * guardian is told by e-mail. A do-not-publish learner pictured in a post can never be submitted,
 * approved or published, and nobody may ask for their consent. axe-core runs on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "spring.mail.host=127.0.0.1", "steward.mail.from=steward@college.example"})
@ExtendWith(BlueskyPds.class)
class ConsentJourneyTest extends BrowserJourney {
  static final int SMTP_PORT = FreePort.find();
  static final Pattern LINK = Pattern.compile("/consent/link/([A-Za-z0-9_-]{43})");
  static final String TEXT = "Our first-years at work in the print studio this week. @CapitalCCG @CandI_College";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(
      new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired JdbcClient jdbc;
  @Autowired PeopleService people;
  @Autowired ConsentRecording recording;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PostAccountRules rules;
  @Autowired PostComposing composing;
  @Autowired PostApproval approval;
  @Autowired PostPublishing publishing;

  final Set<String> seenLinks = new HashSet<>();

  /** The token of a consent link e-mailed to {@code to} that the journey has not used yet. */
  String newLinkTo(String to) throws Exception {
    for (int tries = 0; tries < 100; tries++) {
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
          Matcher found = LINK.matcher(GreenMailUtil.getBody(m));
          if (found.find() && seenLinks.add(found.group(1))) {
            return found.group(1);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no new consent link sent to " + to);
  }

  MimeMessage mailWithSubject(String subject) throws Exception {
    for (int tries = 0; tries < 100; tries++) {
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (subject.equals(m.getSubject())) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no e-mail '" + subject + "'");
  }

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  static long postId(Page page) {
    Matcher m = Pattern.compile("/posts/(\\d+)").matcher(page.url());
    assertThat(m.find()).as(page.url()).isTrue();
    return Long.parseLong(m.group(1));
  }

  JsonNode records(BlueskyPds pds, BlueskyPds.TestAccount bsky) {
    return pds.query("com.atproto.repo.listRecords", Map.of("repo", bsky.did(), "collection", "app.bsky.feed.post"));
  }

  @Test
  @Clause({"CON-14", "SAF-1", "SAF-2", "SAF-3"})
  void aGuardianConsentsByLinkThePostIsPublishedToBlueskyAndWithdrawalDeletesIt(BlueskyPds pds) throws Exception {
    long creative = jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single();
    long zoe = people.add(Actor.SYSTEM, new NewPerson(PersonKind.LEARNER, "Zoe", "Adams", "zoe.adams@demo.steward.test",
        "zoe.adams", LocalDate.now().minusYears(15), creative, List.of(RoleGrant.of(Role.LEARNER))), null, "journey");
    BlueskyPds.TestAccount bsky = pds.createAccount("consent");
    long sky = new TestAccounts(jdbc, vault, transactions, rules).create("bluesky", "Creative Arts consent on Bluesky",
        bsky.handle(), bsky.server().toString(), bsky.appPassword(), true, Instant.now(), "staff", "head.creative");

    // 1. Staff compose a post picturing Zoe; the post says who lacks consent and asks her guardian from there.
    long post;
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/new?account=" + sky);
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(TEXT);
      page.locator("#image-0").setInputFiles(new FilePayload("studio.png", "image/png", TestImages.png(21)));
      page.locator("#alt-0").fill("Two learners pulling a screen print in the studio");
      page.locator("#rights-0-own").check();
      page.locator("#people-0").fill("zoe.adams");
      click(page, "Save as a draft");
      post = postId(page);
      assertThat(page.locator("#consent-requests").innerText()).contains("Zoe Adams",
          "no consent in force for photos on Bluesky from a parent or guardian");
      click(page, "Request consent for Zoe Adams");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Enter the name of the parent or guardian",
          "Enter an e-mail address");
      page.locator("#ask-" + zoe + "-name").fill("Anna Adams");
      page.locator("#ask-" + zoe + "-email").fill("anna.adams@example.com");
      click(page, "Request consent for Zoe Adams");
      assertThat(page.locator(".govuk-notification-banner").innerText())
          .contains("Consent link for Zoe Adams sent to anna.adams@example.com", "It works until");
      assertThat(page.url()).contains("/posts/" + post);
    }

    // 2. The guardian opens the link from the e-mail, without an account, and consents to photos.
    try (BrowserContext ctx = context()) {
      Page page = ctx.newPage();
      page.navigate(url("/consent/link/" + newLinkTo("anna.adams@example.com")));
      check(page);
      assertThat(page.locator("h1").textContent()).contains("Consent for Zoe to appear");
      page.locator("#choice-give").check();
      page.locator("#purposes-photo").check();
      page.locator("#confirmed").check();
      click(page, "Send my answer");
      assertThat(page.locator("h1").textContent()).contains("Consent recorded");
    }

    // 3. The post no longer asks for consent; staff submit it, the head of digital marketing approves it.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/" + post);
      assertThat(page.locator("#consent-requests").count()).isZero();
      click(page, "Submit");
      assertThat(page.locator("#state").innerText()).as(page.locator("main").innerText()).isEqualTo("Waiting for approval");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).count()).isZero();
    }
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "hodm", "/posts/" + post);
      click(page, "Approve");
      assertThat(page.locator("#state").innerText()).isEqualTo("Approved");
    }
    // 4. Staff publish it to the Bluesky PDS.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/" + post);
      click(page, "Publish now");
      assertThat(page.locator("#state").innerText()).as(page.locator("main").innerText()).isEqualTo("Published");
    }
    assertThat(records(pds, bsky).toString()).contains("Our first-years at work in the print studio");
    // The same photo went out on Instagram too, posted by hand (Steward cannot delete there).
    long insta = jdbc.sql("select id from accounts where handle = '@CandiCreative'").query(Long.class).single();
    new TestPosts(composing, approval, publishing).publishedByHand(actor("staff"), actor("head.creative"), insta,
        TEXT.replace("this week", "on Instagram"), zoe, "https://www.instagram.com/p/CandiPrintStudio/");

    // 5. Marketing sends a second link; the guardian withdraws through it.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing", "/consent/people/" + zoe);
      page.locator("#link-givenBy-guardian").check();
      page.locator("#link-name").fill("Anna Adams");
      page.locator("#link-email").fill("anna.adams@example.com");
      click(page, "Send a consent link");
    }
    try (BrowserContext ctx = context()) {
      Page page = ctx.newPage();
      page.navigate(url("/consent/link/" + newLinkTo("anna.adams@example.com")));
      check(page);
      page.locator("#choice-withdraw").check();
      click(page, "Send my answer");
      assertThat(page.locator("h1").textContent()).contains("Consent withdrawn");
      assertThat(page.locator("main").textContent()).contains("will be taken down");
    }

    // 6. The Bluesky post was deleted through the connector: gone from the PDS, removed in Steward.
    assertThat(records(pds, bsky).toString()).doesNotContain("Our first-years at work in the print studio");
    // 7. The Instagram one is the manager's task, first thing on their home page; they complete it.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff");
      assertThat(page.locator("main").innerText()).contains("Take down", "Our first-years at work in the print studio on");
      page.navigate(url("/posts/" + post));
      check(page);
      assertThat(page.locator("#state").innerText()).isEqualTo("Removed");
      page.navigate(url("/consent/takedowns"));
      check(page);
      assertThat(page.locator("main").innerText()).contains("Zoe Adams", "Creative Arts at City and Islington")
          .doesNotContain("Creative Arts consent on Bluesky");
      page.locator("input[name=note]").first().fill("Deleted on Instagram");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Mark as taken down")))
          .first().click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Takedown marked done");
      assertThat(page.locator("main").textContent()).contains("Nothing to take down");
    }
    // 8. The guardian is told, and the register's history shows both takedowns.
    MimeMessage told = mailWithSubject("Your consent withdrawal is complete");
    assertThat(told.getAllRecipients()[0].toString()).isEqualTo("anna.adams@example.com");
    assertThat(GreenMailUtil.getBody(told)).contains("has now been taken down");
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "marketing", "/consent/people/" + zoe);
      assertThat(page.locator("main").textContent()).contains("Deleted through the platform's connector",
          "Deleted on Instagram", "every takedown done", "Withdrawn by Anna Adams");
    }
    assertThat(violations).as("WCAG 2.2 A/AA violations on the pages of the journey").isEmpty();
  }

  @Test
  @Clause({"CON-14", "SAF-1"})
  void aDoNotPublishLearnerPicturedInAPostCanNeverBeApprovedOrPublished(BlueskyPds pds) throws Exception {
    long leo = people.lookUp("leo.grant").orElseThrow().id();
    // Consent sent in anyway does not change anything: do-not-publish overrides it.
    recording.record(Actor.SYSTEM, new NewConsent(leo, "guardian", "A Carer", null, List.of(),
        List.of("photo", "video", "name"), null, null, null, "mis", "sent in anyway"), null);
    BlueskyPds.TestAccount bsky = pds.createAccount("nevergo");
    long sky = new TestAccounts(jdbc, vault, transactions, rules).create("bluesky", "Creative Arts never on Bluesky",
        bsky.handle(), bsky.server().toString(), bsky.appPassword(), false, Instant.now(), "staff", "head.creative");
    long post;
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/new?account=" + sky);
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Set building in the workshop."
          + " @CapitalCCG @CandI_College");
      page.locator("#image-0").setInputFiles(new FilePayload("set.png", "image/png", TestImages.png(23)));
      page.locator("#alt-0").fill("A learner painting a stage flat");
      page.locator("#rights-0-own").check();
      page.locator("#people-0").fill("leo.grant");
      click(page, "Save as a draft");
      post = postId(page);
      // The post says why, and offers no request for consent.
      assertThat(page.locator("#ask-" + leo).innerText()).contains("Leo Grant must never be published",
          "No consent is asked for");
      assertThat(page.locator("#request-consent-" + leo).count()).isZero();
      click(page, "Submit");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("CON-14");
      assertThat(page.locator("#state").innerText()).isEqualTo("Draft");
      // Forced requests are refused and audited: consent for Leo, publishing the draft.
      String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
      APIResponse ask = page.request().post(url("/posts/" + post + "/consent-requests"),
          RequestOptions.create().setForm(FormData.create().set("_csrf", csrf).set("personId", Long.toString(leo))));
      assertThat(ask.status()).isEqualTo(403);
      APIResponse publish = page.request().post(url("/posts/" + post + "/publish"),
          RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)).setMaxRedirects(0));
      assertThat(publish.status()).isIn(302, 303, 403, 409);
    }
    // Whoever tries, through the services, it never goes out.
    long id = post;
    Actor hodm = actor("hodm");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> approval.approve(hodm, id, null))
        .isInstanceOf(RuntimeException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> publishing.publish(actor("staff"), id))
        .isInstanceOf(RuntimeException.class);
    assertThat(jdbc.sql("select state from posts where id = ?").param(post).query(String.class).single())
        .isEqualTo("draft");
    assertThat(records(pds, bsky).path("records").size()).isZero();
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'post.refused' and object_id = ?")
        .param(Long.toString(post)).query(Long.class).single()).isPositive();
    // The demo's own TikTok draft pictures Leo: its page says the same to marketing.
    long demo = jdbc.sql("select id from posts where text like 'Set building for the summer show%'").query(Long.class)
        .single();
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/" + demo);
      assertThat(page.locator("#consent-requests").innerText()).contains("Jamie Smith", "Leo Grant");
      assertThat(page.locator("#request-consent-" + people.lookUp("learner").orElseThrow().id()).count()).isEqualTo(1);
      assertThat(page.locator("#request-consent-" + leo).count()).isZero();
    }
    assertThat(violations).as("WCAG 2.2 A/AA violations on the pages of the journey").isEmpty();
  }
}
