package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.posts.PostAccountRules;
import org.steward.app.posts.TestAccounts;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;

/**
 * The inbox against the real Bluesky PDS in a real browser, axe-core on every page (issue #13,
 * "What it must show"): another account's abusive reply to an official post arrives through the
 * scheduled sync, is listed first and is hidden on the PDS (the threadgate); a parent's civil
 * complaint is marked as needing a reply, cannot be hidden, and is answered on the PDS within the
 * target. The account's manager then reports a concern from the abusive item: the safeguarding lead
 * reads it with the words as they arrived and their SHA-256; HR and an administrator cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "steward.moderation.sync-every=PT2S",
    "db-scheduler.polling-interval=1s"})
@ExtendWith(BlueskyPds.class)
class InboxBlueskyJourneyTest extends BrowserJourney {
  static final String ABUSE = "you are a pathetic loser and everyone hates you, nobody wants you here, just leave";
  static final String COMPLAINT = "I waited 40 minutes at reception last results day and nobody could help. Really disappointing.";

  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PostAccountRules rules;
  @Autowired ConnectorRegistry connectors;

  Page open(Page page, String path) {
    page.navigate(url(path));
    page.waitForLoadState();
    check(page);
    return page;
  }

  long items(long account) {
    return jdbc.sql("select count(*) from inbox_items where account_id = ?").param(account).query(Long.class).single();
  }

  @Test
  @Clause({"SAF-4", "SAF-6", "SAF-7", "SAF-8"})
  void anAbusiveBlueskyReplyIsPrioritisedAndHiddenAComplaintIsAnsweredAndAConcernReachesOnlyItsReader(BlueskyPds pds)
      throws InterruptedException {
    BlueskyPds.TestAccount office = pds.createAccount("jroffice");
    BlueskyPds.TestAccount troll = pds.createAccount("jrtroll");
    BlueskyPds.TestAccount parent = pds.createAccount("jrparent");
    var bluesky = connectors.forPlatform("bluesky");
    RemotePost official = bluesky.publish(office.credentials(), PublishRequest.text(UUID.randomUUID().toString(),
        Instant.now(), "Results day is Thursday: doors open at 9am")).post();
    RemotePost abuse = bluesky.publish(troll.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), ABUSE, List.of(), official.platformId())).post();
    RemotePost complaint = bluesky.publish(parent.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), COMPLAINT, List.of(), official.platformId())).post();
    long account = new TestAccounts(jdbc, vault, transactions, rules).create("bluesky", "Results office on Bluesky",
        office.handle(), office.server().toString(), office.appPassword(), false, Instant.now(), "staff");

    // The scheduled sync reads the thread (every 2 seconds here, every 5 minutes by default).
    for (int i = 0; i < 120 && items(account) < 2; i++) {
      Thread.sleep(500);
    }
    assertThat(items(account)).isEqualTo(2);

    try (BrowserContext context = context()) {
      Page page = as(context, "staff");
      open(page, "/moderation/accounts/" + account);
      List<String> kinds = page.locator("tbody tr td:first-child").allTextContents();
      assertThat(kinds).containsExactly("Abusive, hateful or harassing", "Needs a reply");

      // The abuse: first, and already hidden on the platform.
      page.locator("tbody tr").first().getByRole(AriaRole.LINK).first().click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator("main").innerText()).contains(ABUSE).contains("hidden on the platform");
      JsonNode gate = pds.query("com.atproto.repo.getRecord", Map.of("repo", office.did(),
          "collection", "app.bsky.feed.threadgate",
          "rkey", official.platformId().substring(official.platformId().lastIndexOf('/') + 1))).path("value");
      List<String> hidden = new ArrayList<>();
      gate.path("hiddenReplies").forEach(n -> hidden.add(n.stringValue()));
      assertThat(hidden).containsExactly(abuse.platformId());

      // Report a concern from the item: first without saying what, then properly.
      page.getByText("Report a concern about this message").click();
      page.getByLabel("What is the concern?").selectOption("bullying");
      click(page, "Report the concern");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Say what the concern is");
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("concern-summary");
      page.getByLabel("What should they know?").fill("This account targets one of our learners under every post.");
      click(page, "Report the concern");
      assertThat(page.locator("#concern-sent").innerText()).contains("the designated safeguarding lead")
          .doesNotContain("targets one of our learners");

      // The complaint: needs a reply, never hidden, answered on the PDS within the target.
      open(page, "/moderation/accounts/" + account);
      page.locator("tbody tr", new Page.LocatorOptions().setHasText("Needs a reply"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Needs a reply")).click();
      page.waitForLoadState();
      check(page);
      assertThat(page.locator(".govuk-inset-text").first().innerText()).contains("never hidden");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide it on the platform"))
          .count()).isZero();
      String answer = "We are sorry you waited. This year there is a results desk by the entrance from 9am.";
      page.getByLabel("Your reply").fill(answer);
      click(page, "Check and send the reply");
      assertThat(page.locator(".govuk-notification-banner").first().innerText()).contains("Your reply went out");
      assertThat(page.locator("main").innerText()).contains("answered").doesNotContain("Overdue");
      int found = 0;
      for (JsonNode r : pds.query("com.atproto.repo.listRecords", Map.of("repo", office.did(),
          "collection", "app.bsky.feed.post")).get("records")) {
        if (r.get("value").get("text").asString().equals(answer)) {
          found++;
          assertThat(r.get("value").get("reply").get("parent").get("uri").asString())
              .isEqualTo(complaint.platformId());
        }
      }
      assertThat(found).isEqualTo(1);
      assertThat(jdbc.sql("select count(*) from inbox_items where account_id = ? and platform_id = ?"
          + " and first_response_at <= due_at").params(account, complaint.platformId()).query(Long.class).single())
          .isEqualTo(1);
      open(page, "/moderation/figures");
      assertThat(page.locator("tbody").innerText()).contains("Results office on Bluesky");
    }

    long caseId = jdbc.sql("select max(id) from cases").query(Long.class).single();
    String address = jdbc.sql("select url from inbox_items where platform_id = ?").param(abuse.platformId())
        .query(String.class).single();
    String sha = org.steward.app.cases.Evidence.capture(ABUSE, "", "", List.of(), Instant.now()).snapshotSha256();
    try (BrowserContext context = context()) {
      Page page = as(context, "dsl");
      open(page, "/cases/" + caseId);
      assertThat(page.locator("#case-summary").innerText()).contains("targets one of our learners");
      assertThat(page.locator("#evidence-text").innerText()).isEqualTo(ABUSE);
      assertThat(page.locator("main").innerText()).contains(sha).contains("Snapshot intact").contains(address);
    }
    for (String other : List.of("hr", "admin")) {
      try (BrowserContext context = context()) {
        Page page = as(context, other);
        assertThat(page.navigate(url("/cases/" + caseId)).status()).as(other).isEqualTo(403);
        assertThat(page.locator("body").innerText()).doesNotContain(ABUSE);
      }
    }
    assertThat(violations).as("axe-core violations").isEmpty();
  }
}
