package org.steward.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.engine.Clause;

/**
 * Personal duties in a real browser ({@link BrowserJourney}: axe-core on every page): a member of
 * staff self-checks a blog without the disclaimer and sees PER-3 with the words of the policy in
 * force for their college; a learner self-checks a bio
 * and the checklist; the press officer approves the demo's pending request to write for FE News
 * and the author is told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutiesJourneyTest extends BrowserJourney {
  @Autowired JdbcClient jdbc;

  @AfterEach
  void accessible() {
    assertThat(violations).as("axe-core violations").isEmpty();
  }

  @Test
  @Clause({"PER-3", "GDE-3", "GDE-4", "GDE-6"})
  void aMemberOfStaffSelfChecksABlogWithoutTheDisclaimerAndSeesTheClause() {
    try (BrowserContext context = context()) {
      Page page = as(context, "staff");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check my own post")).first().click();
      page.waitForURL(url("/self-check"));
      check(page);
      assertThat(page.locator("#private-notice").innerText()).contains("does not keep it");
      // The guidance of the policy in force for Sam's college (the Group's), as it words it.
      assertThat(page.locator("#guidance-GDE-3").innerText()).contains("effectively permanent");
      assertThat(page.locator("#guidance-GDE-4").innerText()).contains("share their posts");
      page.getByLabel("A blog or forum post").check();
      page.getByLabel("Your text").fill("I teach animation at the college, and this term my learners made a short film."
          + " Here is how we planned the project and what I would do differently next year.");
      click(page, "Check my text");
      String result = page.locator(".steward-result").innerText();
      assertThat(result).contains("PER-3").contains("own views and not the college")
          .contains("These are my personal views and not those of Capital City College Group");
      assertThat(result).contains("Ask for a second opinion");
      assertThat(page.locator(".steward-result details").first().textContent())
          .contains("check with a colleague or your line manager first");
    }
  }

  @Test
  @Clause({"PER-2", "PER-7", "GDE-2"})
  void aLearnerSelfChecksABioAndTheirAccountSettings() {
    try (BrowserContext context = context()) {
      Page page = as(context, "learner", "/self-check");
      assertThat(page.locator("#guidance-GDE-2").innerText()).contains("permitted by teachers");
      assertThat(page.locator("#guidance-GDE-1").count()).as("a staff guideline is not shown to a learner").isZero();
      page.getByLabel("My bio").check();
      page.getByLabel("Your text").fill("Year 12 at CONEL. Football, films and drawing.");
      click(page, "Check my text");
      String result = page.locator(".steward-result").innerText();
      assertThat(result).contains("PER-2").contains("Make it clear this is your own account");
      assertThat(result).doesNotContain("PER-1");

      page.navigate(url("/self-check/assessment"));
      check(page);
      assertThat(page.locator("body").innerText()).doesNotContain("college one")
          .contains("only use social media in class");
      // Nothing answered: every question is named.
      click(page, "See what to do");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Answer “I have checked the privacy settings");
      page.locator("#privacy").check();
      page.locator("#friends").check();
      page.locator("#images").check();
      page.locator("#class-no").check();
      click(page, "See what to do");
      assertThat(page.locator("#assessment-result").innerText()).contains("Put your phone away in class")
          .contains("GDE-2");
    }
  }

  @Test
  @Clause({"PER-4"})
  void thePressOfficerApprovesTheDemoRequestAndTheAuthorIsTold() {
    long authorId = jdbc.sql("select id from people where username = 'staff'").query(Long.class).single();
    long requestId = jdbc.sql("select id from press_requests where author_id = ? and status = 'requested'")
        .param(authorId).query(Long.class).list().get(0);
    try (BrowserContext context = context()) {
      Page page = as(context, "press");
      assertThat(page.locator("#needs").innerText()).contains("Approve or refuse the request to write for FE News");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
          java.util.regex.Pattern.compile("request to write for FE News"))).first().click();
      page.waitForURL(url("/press-requests/" + requestId));
      check(page);
      // A refusal needs a reason: the page says so and nothing changes.
      click(page, "Refuse");
      assertThat(page.locator(".govuk-error-summary").innerText()).contains("Say why");
      assertThat(status(requestId)).isEqualTo("requested");
      page.getByLabel("Note to the author").fill("Fine to go: please send us the final version.");
      click(page, "Approve");
      assertThat(page.locator("#status").innerText()).isEqualTo("approved");
    }
    assertThat(status(requestId)).isEqualTo("approved");
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ? and message like '%FE News is approved%'")
        .param(authorId).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'press.approved' and object_id = ?")
        .param(Long.toString(requestId)).query(Long.class).single()).isEqualTo(1);
    try (BrowserContext context = context()) {
      Page page = as(context, "staff", "/press-requests");
      assertThat(page.locator("table").innerText()).contains("FE News").contains("approved");
    }
  }

  String status(long id) {
    return jdbc.sql("select status from press_requests where id = ?").param(id).query(String.class).single();
  }
}
