package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.connectors.support.TestImages;
import org.steward.app.posts.PostAccountRules;
import org.steward.app.posts.PostApproval;
import org.steward.app.posts.TestAccounts;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;

/**
 * Posts in a real browser, published to a real Bluesky PDS: a member of staff composes a post with
 * a policy problem, sees the finding and its clause as they type (htmx), fixes it, adds a picture
 * with alt text and rights, submits; the head of school cannot approve her own post; the head of
 * digital marketing approves; the post is published to the PDS (read back there, with the alt
 * text) and the archive shows it with its address. Another post is rejected with a note; another
 * expires. axe-core runs on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "db-scheduler.polling-interval=1s"})
@Import(AccountTestConfig.class)
@ExtendWith(BlueskyPds.class)
class PostJourneyTest extends BrowserJourney {
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PostAccountRules rules;
  @Autowired PostApproval approval;
  @Autowired MutableClock clock;

  long personId(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  /** A Bluesky account in the registry, run by staff and the head of school, signing in to the test PDS. */
  long blueskyAccount(BlueskyPds.TestAccount bsky) {
    return new TestAccounts(jdbc, vault, transactions, rules).create("bluesky", "Creative Arts on Bluesky",
        bsky.handle(), bsky.server().toString(), bsky.appPassword(), true, clock.instant(), "staff", "head.creative");
  }

  static long postId(Page page) {
    Matcher m = Pattern.compile("/posts/(\\d+)$").matcher(page.url());
    assertThat(m.find()).as(page.url()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  @Clause({"CON-3", "CON-7"})
  void composeCheckApprovePublishToBlueskyAndArchive(BlueskyPds pds) {
    BlueskyPds.TestAccount bsky = pds.createAccount("creative");
    long account = blueskyAccount(bsky);
    long id;
    try (BrowserContext ctx = context()) {
      // 1. Staff write a post with a learner's phone number: the live check shows the finding and its clause.
      Page page = as(ctx, "staff", "/posts/new?account=" + account);
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
          .pressSequentially("Well done Jamie, call 07700 900123 to book your portfolio review!");
      page.locator("#live-check-result .steward-clause").first().waitFor();
      assertThat(page.locator("#live-check-result").innerText()).contains("CON-3", "07700 900123");
      check(page);
      // 2. They fix it (and add the tag the pack in force requires, CON-12): the check clears as they type.
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true))
          .fill("Well done to our portfolio review learners! Book your review at reception. @CapitalCCG");
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).press("End");
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).pressSequentially(" See you soon.");
      page.waitForFunction("() => document.querySelector('#live-check-result').innerText.includes('Nothing found')");
      // 3. A picture, with alt text and the rights declaration; someone outside the directory in it.
      page.locator("#image-0").setInputFiles(new FilePayload("studio.png", "image/png", TestImages.png(7)));
      page.locator("#alt-0").fill("Two learners laying out a portfolio on a studio table");
      page.locator("#rights-0-own").check();
      page.locator("#others-0").fill("A visiting reviewer");
      click(page, "Save as a draft");
      id = postId(page);
      assertThat(page.locator("#state").innerText()).isEqualTo("Draft");
      assertThat(page.locator("body").innerText()).contains("A visiting reviewer (external)", "Our own photo or image");
      click(page, "Submit");
      assertThat(page.locator("#state").innerText()).isEqualTo("Waiting for approval");
    }

    // 4. The head of school writes one herself: she may not approve it (no button; a forced POST is refused).
    long own;
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "head.creative", "/posts/new?account=" + account);
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("The summer show opens on Friday.");
      click(page, "Save as a draft");
      own = postId(page);
      click(page, "Submit");
      assertThat(page.locator("#approval-refusal").innerText()).contains("someone else must approve it");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).count()).isZero();
      String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
      APIResponse forced = page.request().post(url("/posts/" + own + "/approve"),
          RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)));
      assertThat(forced.status()).isEqualTo(403);
      assertThat(jdbc.sql("select count(*) from audit_entries where action = 'post.refused' and object_id = ?")
          .param(Long.toString(own)).query(Long.class).single()).isEqualTo(1);
    }

    // 5. The head of digital marketing finds it on her home page and approves; she rejects the other with a note.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "hodm");
      assertThat(page.locator("body").innerText()).contains("Approve or reject a post for Creative Arts on Bluesky");
      page.navigate(url("/posts/" + id));
      check(page);
      page.getByLabel("Note for the author (optional)").fill("Lovely.");
      click(page, "Approve");
      assertThat(page.locator("#state").innerText()).isEqualTo("Approved");
      page.navigate(url("/posts/" + own));
      click(page, "Reject");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Say why the post is rejected");
      page.getByLabel("Why not (needed to reject or return)").fill("Give the time and the place, please.");
      click(page, "Reject");
      assertThat(page.locator("#state").innerText()).isEqualTo("Rejected");
      assertThat(page.locator("#decision-note").innerText()).isEqualTo("Give the time and the place, please.");
    }

    // 6. Staff publish it: it appears on the PDS, with its alt text, and the archive shows its address.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/" + id);
      click(page, "Publish now");
      assertThat(page.locator("#state").innerText()).as(page.locator("body").innerText()).isEqualTo("Published");
      String address = page.locator("#platform-url").innerText();
      assertThat(address).isNotBlank();
      JsonNode records = pds.query("com.atproto.repo.listRecords", Map.of("repo", bsky.did(),
          "collection", "app.bsky.feed.post"));
      assertThat(records.toString()).contains("Well done to our portfolio review learners!",
          "Two learners laying out a portfolio on a studio table");
      page.navigate(url("/posts/archive"));
      check(page);
      assertThat(page.locator("#archive").innerText()).contains("Well done to our portfolio review learners!",
          "Creative Arts on Bluesky");
      assertThat(page.locator("#archive a[href='" + address + "']").count()).isEqualTo(1);
    }

    // 7. Another post has a time to publish; nobody approves it in time: it expires instead of going out late.
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "staff", "/posts/new?account=" + account);
      page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Applications close tonight.");
      Instant when = clock.instant().plusSeconds(3600);
      page.getByLabel("Publish at (optional)").fill(LocalDateTime.ofInstant(when, ZoneId.of("Europe/London"))
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
      click(page, "Save as a draft");
      long late = postId(page);
      click(page, "Submit");
      assertThat(approval.expireDue()).doesNotContain(late);
      clock.advance(java.time.Duration.ofHours(2));
      try {
        assertThat(approval.expireDue()).contains(late);
      } finally {
        clock.advance(java.time.Duration.ofHours(-2));
      }
      page.reload();
      check(page);
      assertThat(page.locator("#state").innerText()).isEqualTo("Expired");
    }
    assertThat(violations).isEmpty();
  }
}
