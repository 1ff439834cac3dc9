package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.engine.Clause;
import org.steward.engine.pack.PolicyPacks;

/**
 * A new version of the Group's policy in a real browser: an administrator uploads a broken file
 * (every problem listed with its line, nothing stored), then the new version; sees what it changes
 * and publishes it with a reason; a member of staff and a learner are asked on their home page to
 * read and confirm it and do (the learner in the learner view); the dashboard shows who has not; the
 * overdue review leaves the owner's home page. axe-core runs on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyJourneyTest extends BrowserJourney {

  String needs(Page page) {
    page.navigate(url("/"));
    check(page);
    return page.locator("main").textContent();
  }

  /** The Group's pack as its owner would bring the next version in: a clause, a rule and a setting changed. */
  static String nextVersion() {
    String yaml = PolicyPacks.shippedSources().stream().filter(s -> s.name().endsWith("cccg-policy.yaml"))
        .findFirst().orElseThrow().yaml();
    return yaml.replace("version: \"2022.11\"", "version: \"2027.01\"")
        .replace("review-by: 2024-09-01", "review-by: 2028-01-31")
        .replace("say: \"CCCG is apolitical: remove the party-political content.\"",
            "say: \"CCCG is apolitical: remove the party-political content before you post.\"");
  }

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-3", "DOC-5"})
  void anAdministratorPublishesANewVersionAndEveryoneIsAskedToConfirmIt() {
    try (BrowserContext ctx = context()) {
      // The owner sees the overdue review first.
      Page owner = as(ctx, "hodm");
      assertThat(needs(owner)).contains("Review Social Media Policy and Guidance for Staff and Learners");
    }
    try (BrowserContext ctx = context()) {
      Page page = as(ctx, "admin");
      page.navigate(url("/policies/upload"));
      check(page);
      // A broken file: every problem with its line; nothing stored.
      page.getByLabel("The pack file").setInputFiles(new FilePayload("broken.yaml", "application/yaml",
          "pack: Broken Pack\ntitle: Broken\nclauses:\n  \"has space\": { text: x }\n".getBytes(StandardCharsets.UTF_8)));
      click(page, "Check and store as a draft");
      assertThat(page.locator(".govuk-error-summary").textContent()).contains("There is a problem", "Line 1");
      assertThat(page.locator("#problems").textContent()).contains("Nothing was stored", "Line 4");
      assertThat(page.title()).startsWith("Error: ");

      page.getByLabel("The pack file").setInputFiles(new FilePayload("cccg-policy-2027.yaml", "application/yaml",
          nextVersion().getBytes(StandardCharsets.UTF_8)));
      click(page, "Check and store as a draft");
      assertThat(page.url()).contains("/policies/cccg-policy/versions/");
      assertThat(page.locator("#status").textContent()).containsIgnoringCase("draft");
      assertThat(page.locator("#difference-heading").textContent()).isEqualTo("What changes from version 2022.11");
      assertThat(page.locator("#difference").textContent()).contains("before you post", "2028-01-31");

      page.getByLabel("Why is it published?").fill("Annual review approved by GSMT");
      click(page, "Publish");
      assertThat(page.locator("main").textContent()).contains("Published and in force now");
    }
    try (BrowserContext ctx = context()) {
      Page staff = as(ctx, "staff");
      assertThat(needs(staff)).contains("Read and confirm Social Media Policy and Guidance for Staff and Learners (version 2027.01)");
      staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
          "Read and confirm Social Media Policy and Guidance for Staff and Learners (version 2027.01): it applies to you")).click();
      check(staff);
      assertThat(staff.locator("h2").first().textContent()).isEqualTo("In short, for staff");
      click(staff, "I have read it and will follow it");
      assertThat(staff.locator("#confirmed").textContent()).contains("You confirmed this version");
      assertThat(needs(staff)).doesNotContain("Read and confirm");
    }
    try (BrowserContext ctx = context()) {
      Page learner = as(ctx, "learner");
      learner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
          "Read and confirm Social Media Policy and Guidance for Staff and Learners (version 2027.01): it applies to you")).click();
      check(learner);
      assertThat(learner.locator("main").textContent()).contains("In short, for learners");
      assertThat(learner.locator("#summary li").count()).isPositive();
    }
    try (BrowserContext ctx = context()) {
      Page owner = as(ctx, "hodm");
      assertThat(needs(owner)).doesNotContain("Review Social Media Policy and Guidance for Staff and Learners");
      owner.navigate(url("/policies/cccg-policy/acknowledgements"));
      check(owner);
      String notYet = owner.locator("#not-yet").textContent();
      assertThat(notYet).contains("Jamie Smith").doesNotContain("Everyone has confirmed it");
      assertThat(owner.locator("#done").textContent()).contains("Sam Taylor");
      assertThat(owner.locator("#counts").textContent()).contains("1 confirmed");
    }
    assertThat(violations).isEmpty();
  }
}
