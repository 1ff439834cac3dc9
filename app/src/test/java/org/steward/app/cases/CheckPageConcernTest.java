package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.People;
import org.steward.app.support.TestUsers;

/**
 * "Report a concern" on a finding of the check page: the text is checked again and the evidence
 * captured then goes to the people the concern is routed to; bad input comes back on the page and
 * opens nothing.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
class CheckPageConcernTest {
  static final String TEXT = "Call Jamie on 07700 900123 about the trip";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired CaseHandling cases;

  long count() {
    return jdbc.sql("select count(*) from cases").query(Long.class).single();
  }

  @Test
  void aConcernFromAFindingReachesItsPeopleWithTheEvidenceCapturedThen() throws Exception {
    long staff = people.findByUsername("staff").orElseThrow().id();
    long before = count();
    var page = mvc.perform(post("/check/concern").with(csrf())
        .with(authentication(TestUsers.as(staff, RoleGrant.of(Role.STAFF))))
        .param("text", TEXT).param("kind", "post").param("policy", "cccg-policy").param("account", "personal")
        .param("finding", "1").param("concern", "personal-data")
        .param("summary", "A learner's phone number in a draft from our department.")).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.getResponse().getContentAsString()).contains("Your concern was sent to")
        .contains("the data protection officer");
    assertThat(count()).isEqualTo(before + 1);
    long id = jdbc.sql("select max(id) from cases").query(Long.class).single();
    long dpo = people.findByUsername("dpo").orElseThrow().id();
    var view = cases.view(new Actor(dpo, "DPO", java.util.List.of(RoleGrant.of(Role.DATA_PROTECTION_OFFICER))), id);
    assertThat(view.summary().type()).isEqualTo(CaseType.DATA_BREACH);
    assertThat(view.summary().source()).isEqualTo("check");
    assertThat(view.evidence().text()).isEqualTo(TEXT);
    assertThat(view.evidence().snapshotSha256()).isEqualTo(Evidence.sha256(TEXT));
    assertThat(view.evidence().findings()).isNotEmpty();
  }

  @Test
  void aConcernWithoutItsDetailsComesBackOnThePageAndOpensNothing() throws Exception {
    long staff = people.findByUsername("staff").orElseThrow().id();
    long before = count();
    var page = mvc.perform(post("/check/concern").with(csrf())
        .with(authentication(TestUsers.as(staff, RoleGrant.of(Role.STAFF))))
        .param("text", TEXT).param("finding", "1").param("concern", "").param("summary", "")).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(422);
    assertThat(page.getResponse().getContentAsString()).contains("Choose what the concern is")
        .contains("href=\"#concern-summary-1\"");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  @org.steward.engine.Clause({"SAF-4", "CON-5"})
  void aSafeguardingSignalThroughTheChecksApiOpensAConcernForTheSafeguardingLeadToo() throws Exception {
    long learner = people.findByUsername("learner").orElseThrow().id();
    long before = count();
    var answer = mvc.perform(post("/api/v1/checks").with(csrf())
        .with(authentication(TestUsers.as(learner, RoleGrant.of(Role.LEARNER))))
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content("{\"text\":\"i want to kill myself\",\"kind\":\"comment\"}")).andReturn();
    assertThat(answer.getResponse().getStatus()).isEqualTo(200);
    assertThat(count()).isEqualTo(before + 1);
    assertThat(jdbc.sql("select type || ':' || priority || ':' || source from cases where id = (select max(id) from cases)")
        .query(String.class).single()).isEqualTo("safeguarding:urgent:check");
    // An ordinary text opens nothing.
    mvc.perform(post("/api/v1/checks").with(csrf()).with(authentication(TestUsers.as(learner, RoleGrant.of(Role.LEARNER))))
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content("{\"text\":\"Open evening on Thursday, come along!\"}")).andReturn();
    assertThat(count()).isEqualTo(before + 1);
  }
}
