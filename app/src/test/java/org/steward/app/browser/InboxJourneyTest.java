package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The moderation inbox in a real browser, with axe-core on each page: marketing opens the combined
 * demo inbox (abuse and the safeguarding item first), opens the civil complaint, sees the error
 * summary for an empty reply, replies, and sees it recorded; then the response-time figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxJourneyTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;

  Playwright playwright;
  Browser browser;

  @BeforeAll
  void start() {
    BrowserSupport.requireBrowser();
    playwright = BrowserSupport.playwright();
    browser = BrowserSupport.launch(playwright);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  @Test
  void marketingTriagesAndAnswersTheDemoInbox() {
    List<BrowserSupport.Violation> violations = new ArrayList<>();
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = context.newPage();
      BrowserSupport.signIn(page, url(""), "marketing", PASSWORD);
      page.navigate(url("/moderation"));
      assertThat(page.locator("h1").textContent()).contains("Inbox: every account");
      List<String> kinds = page.locator("tbody tr td:first-child").allTextContents();
      assertThat(kinds.get(0)).isEqualTo("Safeguarding concern");
      assertThat(kinds).contains("Abusive, hateful or harassing", "Needs a reply");
      violations.addAll(BrowserSupport.axe(page));

      page.locator("tbody tr", new Page.LocatorOptions().setHasText("Really disappointing"))
          .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Needs a reply")).click();
      assertThat(page.locator(".govuk-inset-text").first().textContent()).contains("never hidden");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide it on the platform")).count())
          .isZero();
      violations.addAll(BrowserSupport.axe(page));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and record the reply")).click();
      assertThat(page.locator(".govuk-error-summary").textContent()).contains("Write your reply");
      violations.addAll(BrowserSupport.axe(page));
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("text");
      page.getByLabel("Your reply").fill("We are sorry you waited. The portfolio talk is now signposted from reception.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and record the reply")).click();
      assertThat(page.locator(".govuk-notification-banner").textContent()).contains("yourself");
      assertThat(page.locator("ol.govuk-list").textContent()).contains("reply-recorded");
      violations.addAll(BrowserSupport.axe(page));

      page.navigate(url("/moderation/figures"));
      assertThat(page.locator("table").count()).isEqualTo(1);
      violations.addAll(BrowserSupport.axe(page));
      page.setViewportSize(320, 800);
      page.navigate(url("/moderation"));
      violations.addAll(BrowserSupport.axe(page));
    }
    assertThat(violations).isEmpty();
  }
}
