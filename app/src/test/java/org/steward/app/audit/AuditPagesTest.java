package org.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;
import org.steward.app.support.TestUsers;

/** The administrators' audit page, its verify button and the verify API. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {
  private static final Authentication ADMIN =
      TestUsers.as(7, new RoleGrant(Role.ADMINISTRATOR, null));
  private static final Authentication HR = TestUsers.as(8, new RoleGrant(Role.HR, null));

  @Autowired MockMvc mvc;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void trailOfPeopleAndPolicies() {
    jdbc.sql("delete from audit_entries").update();
    jdbc.sql("update audit_head set last_seq = 0, last_hash = ? where id = 1")
        .param(AuditChain.GENESIS).update();
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      for (int i = 1; i <= 51; i++) {
        audit.record(Actor.SYSTEM, "person.imported", "person", "p" + i, null);
      }
      audit.record(AuditTrailTests.ADMIN, "policy.adopted", "policy", "staff-policy",
          "Approved by the board");
    });
  }

  @Test
  void listsTheLatestFiftyEntriesNewestFirst() throws Exception {
    String page = mvc.perform(get("/audit").with(authentication(ADMIN)))
        .andExpect(status().isOk()).andExpect(view().name("audit/list"))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">"
        + "Latest entries (52 in all)</caption>");
    assertThat(page).contains("<th scope=\"row\" class=\"govuk-table__header\">52</th>")
        .contains("<th scope=\"row\" class=\"govuk-table__header\">3</th>")
        .doesNotContain("<th scope=\"row\" class=\"govuk-table__header\">2</th>");
    assertThat(page).contains("Approved by the board").contains("Page 1 of 2").contains("rel=\"next\"");
    assertThat(page).contains("<label class=\"govuk-label\" for=\"type\">");

    String older = mvc.perform(get("/audit").param("page", "1").with(authentication(ADMIN)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(older).contains("<th scope=\"row\" class=\"govuk-table__header\">2</th>")
        .contains("<th scope=\"row\" class=\"govuk-table__header\">1</th>")
        .contains("rel=\"prev\"");
  }

  @Test
  void filtersByObjectType() throws Exception {
    mvc.perform(get("/audit").param("type", "policy").with(authentication(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Latest entries about policy (1 in all)")))
        .andExpect(content().string(Matchers.containsString("staff-policy")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("person p1<"))));
  }

  @Test
  void theVerifyButtonReportsAnIntactTrail() throws Exception {
    mvc.perform(post("/audit/verify").with(csrf()).with(authentication(ADMIN)))
        .andExpect(status().isOk()).andExpect(view().name("audit/verify"))
        .andExpect(content().string(Matchers.containsString("The audit trail is intact")))
        .andExpect(content().string(Matchers.containsString("52 entries checked")));
  }

  @Test
  void theVerifyButtonReportsTheFirstBrokenLink() throws Exception {
    jdbc.sql("update audit_entries set object_id = 'p99' where seq = 17").update();

    mvc.perform(post("/audit/verify").with(csrf()).with(authentication(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The audit trail is broken")))
        .andExpect(content().string(
            Matchers.containsString("Entry 17 was changed after it was written.")));
  }

  @Test
  void verifyingNeedsTheFormsCsrfToken() throws Exception {
    mvc.perform(post("/audit/verify").with(authentication(ADMIN))).andExpect(status().isForbidden());
  }

  @Test
  void theApiAnswersWithTheReport() throws Exception {
    jdbc.sql("delete from audit_entries where seq = 18").update();

    mvc.perform(get("/api/v1/audit/verify").with(authentication(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(false))
        .andExpect(jsonPath("$.firstBrokenSeq").value(18))
        .andExpect(jsonPath("$.problem").value("Entry 18 is missing (deleted)."));
  }

  @Test
  void onlyAdministratorsSeeTheTrail() throws Exception {
    mvc.perform(get("/audit").with(authentication(HR))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/audit/verify").with(authentication(HR)))
        .andExpect(status().isForbidden());
  }
}
