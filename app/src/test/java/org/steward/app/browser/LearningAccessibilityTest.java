package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.learning.LearningService;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;

/**
 * Learning from the institution in a real browser, with axe-core on each page: a moderator's
 * Agree/Disagree buttons on a check result, and the administrator's model page with a candidate
 * and its reject error summary (the navigation test sees only the empty page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class LearningAccessibilityTest extends BrowserJourney {
  @Autowired LearningService learning;
  @Autowired JdbcClient jdbc;

  @Test
  void decisionButtonsAndTheModelPageAreAccessible() {
    jdbc.sql("update learned_models set base_model_id = null").update();
    jdbc.sql("delete from learned_models").update();
    jdbc.sql("delete from moderator_decisions").update();
    List<BrowserSupport.Violation> violations = new ArrayList<>();
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = as(context, "marketing");
      page.navigate(url("/check"));
      page.getByLabel("Text to check").fill("you forgot the cake again haha, see you at football tonight");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the text")).click();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disagree with finding 1"))
          .isVisible()).isTrue();
      violations.addAll(BrowserSupport.axe(page));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disagree with finding 1")).click();
      assertThat(page.locator("h1").textContent()).contains("Decision kept");
      violations.addAll(BrowserSupport.axe(page));
    }

    Actor moderator = new Actor(1L, "Moderator", List.of(new RoleGrant(Role.MARKETING, null)));
    for (int i = 0; i < 40; i++) {
      boolean abuse = i % 2 == 1;
      learning.recordDecision(moderator, (abuse ? "nobody wants you here, just leave, " : "see you at football tonight, ")
          + "friend number " + i, "harassment", abuse, "cccg-policy");
    }
    learning.buildCandidate(Actor.SYSTEM);
    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
      Page page = as(context, "admin");
      page.navigate(url("/learning"));
      assertThat(page.locator("table").count()).isGreaterThanOrEqualTo(2);
      violations.addAll(BrowserSupport.axe(page));
      page.locator("button.govuk-button--warning").first().click();
      assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
      page.locator(".govuk-error-summary a").first().click();
      assertThat(page.evaluate("document.activeElement.tagName")).isEqualTo("TEXTAREA");
      violations.addAll(BrowserSupport.axe(page));
      page.setViewportSize(320, 800);
      violations.addAll(BrowserSupport.axe(page));
    }
    assertThat(violations).isEmpty();
  }
}
