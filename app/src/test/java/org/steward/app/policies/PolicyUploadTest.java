package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad uploads get a clear answer and store nothing: every problem at its line and field (422
 * problem+json), YAML bombs refused before they expand, limits before parsing, a version that exists
 * already, the wrong content type, and people who may not upload (403, audited).
 */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class PolicyUploadTest {
  static final String PW = "Steward-demo-2026";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  MvcResult upload(String user, String contentType, String body) throws Exception {
    return mvc.perform(post("/api/v1/policies").with(httpBasic(user, PW)).contentType(contentType)
        .accept("application/json").content(body)).andReturn();
  }

  long adminId() {
    return jdbc.sql("select id from people where username = 'admin'").query(Long.class).single();
  }

  long versions() {
    return jdbc.sql("select count(*) from policy_versions").query(Long.class).single();
  }

  @Test
  @Clause({"DOC-1"})
  void aBrokenPackIsRefusedWithALineForEachProblemAndNothingIsStored() throws Exception {
    long before = versions();
    MvcResult r = upload("admin", "application/yaml", """
        pack: Broken Pack
        title: Broken
        owner: Someone
        approved: { by: Board, on: 2026-02-30 }
        review-by: soon
        audience: [staff, parents]
        clauses:
          "4.2": { section: "4", kind: check, text: "No swearing." }
          "has space 1": { section: "5", kind: guide, text: "x" }
        rules:
          - { id: swearing, clause: "4.3", when: { detector: profanty }, action: blok, say: "x" }
        settings:
          accounts.approvers: [head-of-school]
          accounts.min-managers: lots
          app.anything: 1
        """);
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    JsonNode pd = JSON.readTree(r.getResponse().getContentAsString());
    assertThat(pd.get("title").asString()).isEqualTo("The policy was not stored");
    assertThat(pd.get("detail").asString()).contains("problems were found. Nothing was stored");
    java.util.List<String> where = new java.util.ArrayList<>();
    pd.get("errors").forEach(e -> {
      assertThat(e.get("line").asInt()).as(e.toString()).isPositive();
      where.add(e.get("line").asInt() + " " + e.get("field").asString());
    });
    assertThat(where).contains("1 pack", "4 approved.on", "5 review-by", "6 audience", "9 clauses.has space 1",
        "11 rules[0].clause", "11 rules[0].when.detector", "11 rules[0].action", "15 settings.app.anything",
        "14 settings.accounts.min-managers");
    assertThat(pd.toString()).contains("a clause id is 1 to 32 letters, digits and . - _ ( ) /");
    assertThat(versions()).isEqualTo(before);

    // A setting of the right type but a wrong value is checked by the feature that declared it.
    MvcResult roles = upload("admin", "application/yaml", OwnPackScenario.northfield("roles-test")
        .replace("accounts.approvers: [marketing]", "accounts.approvers: [head-of-school]"));
    assertThat(roles.getResponse().getStatus()).isEqualTo(422);
    assertThat(roles.getResponse().getContentAsString()).contains("\"field\":\"settings.accounts.approvers\"",
        "'head-of-school' is not a role", "\"line\":19");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void aYamlBombIsRefusedBeforeItExpands() throws Exception {
    String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
    MvcResult r = upload("admin", "application/yaml", bomb);
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentAsString()).contains("Anchors and aliases (& and *) are not allowed", "\"line\":1");
  }

  @Test
  void notYamlTooLargeOrTheWrongTypeIsAClearRefusal() throws Exception {
    long before = versions();
    MvcResult garbage = upload("admin", "application/yaml", "pack: [unclosed\n  title: x");
    assertThat(garbage.getResponse().getStatus()).isEqualTo(422);
    assertThat(garbage.getResponse().getContentAsString()).contains("Not valid YAML", "\"line\":2");
    MvcResult empty = upload("admin", "application/yaml", "");
    assertThat(empty.getResponse().getStatus()).isEqualTo(422);
    assertThat(empty.getResponse().getContentAsString()).contains("The file is empty");
    MvcResult big = upload("admin", "application/yaml", "# " + "x".repeat(PolicyPublishing.MAX_BYTES + 10));
    assertThat(big.getResponse().getStatus()).isEqualTo(422);
    assertThat(big.getResponse().getContentAsString()).contains("larger than 1 MB");
    MvcResult json = upload("admin", "application/json", "{\"pack\":\"x\"}");
    assertThat(json.getResponse().getStatus()).isEqualTo(415);
    MvcResult same = upload("admin", "text/yaml", OwnPackScenario.northfield("dup-test"));
    assertThat(same.getResponse().getStatus()).isEqualTo(201);
    MvcResult again = upload("admin", "text/yaml", OwnPackScenario.northfield("dup-test"));
    assertThat(again.getResponse().getStatus()).isEqualTo(422);
    assertThat(again.getResponse().getContentAsString()).contains("\"field\":\"version\"", "already in Steward",
        "\"line\":2");
    assertThat(versions()).isEqualTo(before + 1);
  }

  @Test
  void onlyAdministratorsAndOwnersUploadAndRefusalsAreAudited() throws Exception {
    long before = versions();
    long staffId = jdbc.sql("select id from people where username = 'staff'").query(Long.class).single();
    assertThat(upload("staff", "application/yaml", OwnPackScenario.northfield("staff-test")).getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'policy.refused' and actor_id = ?")
        .param(staffId).query(Long.class).single()).isPositive();
    assertThat(upload("learner", "application/yaml", "pack: x").getResponse().getStatus()).isEqualTo(403);
    // The owner of the staff policy (HR) may upload its versions, not another pack's.
    assertThat(upload("hr", "application/yaml", OwnPackScenario.northfield("hr-test")).getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void theUploadPageListsEveryProblemAndStoresNothing() throws Exception {
    long before = versions();
    MvcResult r = mvc.perform(multipart("/policies/upload").file(new MockMultipartFile("file", "ours.yaml",
            "application/yaml", "pack: ours\ntitle: Ours\n".getBytes()))
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
            org.steward.app.support.TestUsers.as(adminId(), org.steward.app.identity.RoleGrant.of(
                org.steward.app.identity.Role.ADMINISTRATOR))))
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
    assertThat(r.getResponse().getContentAsString()).contains("There is a problem", "Nothing was stored",
        "owner", "clauses");
    assertThat(versions()).isEqualTo(before);
  }
}
