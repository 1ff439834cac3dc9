package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.engine.Clause;

/**
 * The moderation inbox in a real browser, axe-core on every page: marketing opens the combined demo
 * inbox (the safeguarding item first), opens the civil complaint (never hideable), sees the error
 * summary for an empty reply and records a reply; the account's manager writes a reply that gives
 * someone's mobile number, which waits for an approval; marketing finds it on the home page and
 * approves it; the safeguarding lead finds the inbox's concern as a case; the figures show the target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo-data=true")
class InboxJourneyTest extends BrowserJourney {

  Page open(Page page, String path) {
    page.navigate(url(path));
    page.waitForLoadState();
    check(page);
    return page;
  }

  void openRow(Page page, String text, String link) {
    page.locator("tbody tr", new Page.LocatorOptions().setHasText(text))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link)).click();
    page.waitForLoadState();
    check(page);
  }

  @Test
  @Clause({"SAF-7", "SAF-8"})
  void marketingTriagesAndAnswersTheDemoInboxAndApprovesAManagersReply() {
    try (BrowserContext context = context()) {
      Page page = as(context, "marketing");
      open(page, "/moderation");
      assertThat(page.locator("h1").textContent()).contains("Inbox: every account");
      List<String> kinds = page.locator("tbody tr td:first-child").allTextContents();
      assertThat(kinds.get(0)).isEqualTo("Safeguarding concern");
      assertThat(kinds).contains("Abusive, hateful or harassing", "Needs a reply");

      openRow(page, "Really disappointing", "Needs a reply");
      assertThat(page.locator(".govuk-inset-text").first().textContent()).contains("never hidden");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide it on the platform")).count())
          .isZero();
      click(page, "Check and record the reply");
      assertThat(page.locator(".govuk-error-summary").textContent()).contains("Write your reply");
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("text");
      page.getByLabel("Your reply").fill("We are sorry you waited. The portfolio talk is now signposted from reception.");
      click(page, "Check and record the reply");
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("yourself");
      assertThat(page.locator("ol.govuk-list").textContent()).contains("reply-recorded");

      open(page, "/moderation/figures");
      assertThat(page.locator("table thead").textContent()).contains("Target (minutes)");
      page.setViewportSize(320, 800);
      open(page, "/moderation");
      page.setViewportSize(1280, 800);
    }

    String item;
    try (BrowserContext context = context()) {
      Page page = as(context, "staff");
      open(page, "/moderation");
      openRow(page, "USB stick", "Needs a reply");
      item = page.url();
      page.getByLabel("Your reply").fill("Yes, a USB stick is fine. Any questions, ring Jo on 07700 900123.");
      click(page, "Check and record the reply");
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("waits for an approval");
      assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("A reply waits for an approval")).count())
          .isEqualTo(1);
      // Its author cannot approve it.
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the reply")).count())
          .isZero();
    }

    try (BrowserContext context = context()) {
      Page page = as(context, "marketing");
      assertThat(page.locator("main").textContent()).contains("A reply from the inbox waits for your approval");
      open(page, item.substring(item.indexOf("/moderation/")));
      assertThat(page.locator(".govuk-inset-text").allTextContents()).anyMatch(t -> t.contains("07700 900123"));
      click(page, "Return it to its author");
      assertThat(page.locator(".govuk-error-summary").textContent()).contains("Say what the reply should change");
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("return-note");
      click(page, "Approve the reply");
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("yourself");
      assertThat(page.locator("ol.govuk-list").textContent()).contains("reply-approved");
    }

    try (BrowserContext context = context()) {
      Page page = as(context, "dsl");
      assertThat(page.locator("main").textContent()).contains("new case");
      open(page, "/cases");
      assertThat(page.locator("main").textContent()).containsIgnoringCase("safeguarding");
    }
    assertThat(violations).isEmpty();
  }
}
