package org.steward.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: one Chromium for the class, a fresh context per person,
 * sign-in with the demo password, and axe-core run on every page the journey looks at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;

  Playwright playwright;
  Browser browser;
  final List<BrowserSupport.Violation> violations = new ArrayList<>();

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

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  BrowserContext context() {
    return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
  }

  /** A signed-in browser for one person. */
  Page as(BrowserContext context, String username) {
    Page page = context.newPage();
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    page.waitForURL(url("/"));
    check(page);
    return page;
  }

  /**
   * A signed-in browser for one person, opened on a page of the journey and checked with axe-core:
   * the way most steps of a journey begin (the person signs in, goes to the record, acts on it).
   */
  Page as(BrowserContext context, String username, String path) {
    Page page = as(context, username);
    page.navigate(url(path));
    check(page);
    return page;
  }

  void check(Page page) {
    violations.addAll(BrowserSupport.axe(page));
  }

  void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    page.waitForLoadState();
    check(page);
  }
}
