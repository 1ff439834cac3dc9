package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/**
 * Every page of the policies feature renders for the people who may open it, on the demo data:
 * the list, each pack, each of its versions (drafts with their difference, published ones with what
 * they superseded), the upload page, the acknowledgement page in the staff and the learner view,
 * the dashboard and a person's record. A template that calls what it cannot reach fails here, not
 * in front of a user.
 */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class PolicyPagesRenderTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PeopleService people;
  @Autowired PoliciesInForce policies;

  String page(String username, String path) throws Exception {
    Person p = people.lookUp(username).orElseThrow();
    MvcResult r = mvc.perform(get(path).with(authentication(TestUsers.as(p.id(), p.roles().toArray(
        org.steward.app.identity.RoleGrant[]::new))))).andReturn();
    assertThat(r.getResponse().getStatus()).as(username + " " + path + ": " + r.getResponse().getContentAsString())
        .isEqualTo(200);
    return r.getResponse().getContentAsString();
  }

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-3", "DOC-5", "DOC-6", "DOC-8"})
  void everyPageRendersForThoseWhoMayOpenIt() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/policies", "/policies/upload"));
    for (String pack : List.of(DemoPolicies.GROUP_PACK, DemoPolicies.STAFF_PACK)) {
      paths.add("/policies/" + pack);
      paths.add("/policies/" + pack + "/acknowledgements");
      jdbc.sql("select id from policy_versions where pack_id = ?").param(pack).query(Long.class).list()
          .forEach(id -> paths.add("/policies/" + pack + "/versions/" + id));
    }
    paths.add("/policies/people/" + people.lookUp("staff").orElseThrow().id());
    for (String path : paths) {
      page("admin", path);
    }
    String draft = page("hodm", "/policies/" + DemoPolicies.GROUP_PACK + "/versions/"
        + jdbc.sql("select id from policy_versions where version = '2026.12'").query(Long.class).single());
    assertThat(draft).contains("What changes from version 2022.11", "Publish this version");
    assertThat(page("staff", "/policies/" + DemoPolicies.GROUP_PACK + "/acknowledge")).contains("In short, for staff");
    // The learner's own policy (another test in this context may have put a pack in force for their college).
    String mine = policies.forPerson(people.lookUp("learner").orElseThrow().id()).orElseThrow().packId();
    assertThat(page("learner", "/policies/" + mine + "/acknowledge")).contains("In short, for learners",
        "I have read it and will follow it");
    assertThat(page("staff", "/policies/" + DemoPolicies.GROUP_PACK)).contains("Marketing");
    page("learner", "/policies");
  }
}
