package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A real browser signs in as different roles, visits every page in the navigation and runs
 * axe-core on each: no WCAG 2.2 A or AA violation is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class NavigationAccessibilityTest extends BrowserJourney {
  @ParameterizedTest
  @ValueSource(strings = {"admin", "head.creative", "learner", "dsl"})
  void everyPageInTheNavigationIsAccessible(String username) {
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      List<BrowserSupport.Violation> violations = new ArrayList<>(BrowserSupport.axe(page));
      BrowserSupport.signIn(page, url(""), username, PASSWORD);
      assertThat(page.locator("main h1").textContent()).startsWith("Hello");

      Set<String> links = new LinkedHashSet<>(navLinks(page));
      assertThat(links).as("navigation of " + username).contains("/", "/policies");
      for (String href : links) {
        var response = page.navigate(url(href));
        assertThat(response.status()).as(href + " as " + username).isEqualTo(200);
        assertThat(page.locator("h1").count()).as("one h1 on " + href).isEqualTo(1);
        violations.addAll(BrowserSupport.axe(page));
      }
      assertThat(violations).as("WCAG 2.2 A/AA violations for " + username).isEmpty();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> navLinks(Page page) {
    return (List<String>) page.locator("nav[aria-label=Main] a")
        .evaluateAll("as => as.map(a => a.getAttribute('href'))");
  }

  @Test
  @org.steward.engine.Clause({"CON-3", "GDE-6"})
  void checkResultsAreShownInPlaceAndAreAccessible() {
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = context.newPage();
      BrowserSupport.signIn(page, url(""), "learner", PASSWORD);
      page.navigate(url("/check"));
      page.getByLabel("Text to check").fill("Well done Jamie Smith! Vote Labour on Thursday.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the text")).click();
      assertThat(page.locator("mark.steward-mark").first().textContent()).contains("Jamie Smith");
      assertThat(page.locator(".steward-finding").count()).isGreaterThanOrEqualTo(2);
      assertThat(page.getByText("Ask for a second opinion").first().isVisible()).isTrue();
      // The text the person typed is kept in the form.
      assertThat(page.getByLabel("Text to check").inputValue()).contains("Jamie Smith");
      assertThat(BrowserSupport.axe(page)).isEmpty();
      page.setViewportSize(320, 800);
      assertThat(BrowserSupport.axe(page)).as("usable at 320 px wide").isEmpty();
    }
  }

  @Test
  void errorPagesAreAccessibleToo() {
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = context.newPage();
      BrowserSupport.signIn(page, url(""), "staff", PASSWORD);
      var response = page.navigate(url("/no-such-page"));
      assertThat(response.status()).isEqualTo(404);
      assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
      List<BrowserSupport.Violation> violations = new ArrayList<>(BrowserSupport.axe(page));
      response = page.navigate(url("/people"));
      assertThat(response.status()).isEqualTo(403);
      violations.addAll(BrowserSupport.axe(page));
      assertThat(violations).isEmpty();
    }
  }

  @Test
  void aWrongPasswordShowsAnErrorSummaryThatLinksToTheField() {
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      page.getByLabel("Username").fill("staff");
      page.getByLabel("Password").fill("wrong password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
      assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter a correct username and password");
      assertThat(page.locator(".govuk-error-summary a").getAttribute("href")).isEqualTo("#username");
      assertThat(BrowserSupport.axe(page)).isEmpty();
    }
  }
}
