package org.steward.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, and axe-core loaded into each page. Outside CI the
 * tests skip with a message when Chromium is missing; with {@code CI=true} they fail instead,
 * so a CI machine without a browser can never pass by skipping.
 */
final class BrowserSupport {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STEWARD_CHROMIUM", "/usr/bin/chromium"));
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

  private BrowserSupport() {}

  static void requireBrowser() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean ready = Files.isExecutable(CHROMIUM) && Files.isReadable(AXE);
    if (!ready && !ci) {
      Assumptions.abort("Browser tests skipped: install Debian's chromium and run 'npm ci' in"
          + " app/src/test/browser (the Maven build does this when npm is present)");
    }
    if (!ready) {
      throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + AXE.toAbsolutePath()
          + " is missing: .ci/run must install them");
    }
  }

  static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  /**
   * Signs in through the form at {@code base}/login and waits for the home page; when that does
   * not come, fails with the page the browser is on, so a refused sign-in is plain to see.
   */
  static void signIn(Page page, String base, String username, String password) {
    page.navigate(base + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    try {
      page.waitForURL(base + "/", new Page.WaitForURLOptions().setTimeout(15_000));
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("sign-in as " + username + " did not reach the home page; the browser is on "
          + page.url() + " showing: " + page.locator("body").innerText().replaceAll("\\s+", " "), e);
    }
  }

  /** One accessibility failure: the rule, its impact and where. */
  record Violation(String page, String rule, String impact, String help, String targets) {}

  /** Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA on the current page (the context must bypass
   * our Content-Security-Policy, which rightly refuses injected scripts). */
  @SuppressWarnings("unchecked")
  static List<Violation> axe(Page page) {
    try {
      page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Object result = page.evaluate("async () => { const r = await axe.run(document, { runOnly: { type: 'tag',"
        + " values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa'] } });"
        + " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
        + " targets: v.nodes.map(n => n.target.join(' ')).join(' | ') })); }");
    List<Violation> out = new ArrayList<>();
    for (Object o : (List<Object>) result) {
      Map<String, Object> v = (Map<String, Object>) o;
      out.add(new Violation(page.url(), (String) v.get("id"), String.valueOf(v.get("impact")),
          (String) v.get("help"), (String) v.get("targets")));
    }
    return out;
  }
}
