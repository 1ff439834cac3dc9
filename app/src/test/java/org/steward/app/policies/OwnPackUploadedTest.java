package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The college's pack put in force through the API: uploaded as YAML (201 with the draft's id and
 * version), compared (everything is new), published now with a reason; then every workflow follows it.
 */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class OwnPackUploadedTest extends OwnPackScenario {
  @Autowired PoliciesInForce policies;

  @Override
  String packId() {
    return "northfield-uploaded";
  }

  @BeforeEach
  void uploadAndPublish() throws Exception {
    if (policies.byId(packId()).isPresent()) {
      return;
    }
    MvcResult r = mvc.perform(post("/api/v1/policies").with(httpBasic("admin", PW))
        .contentType("application/yaml").accept("application/json").content(northfield(packId()))).andReturn();
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
    JsonNode stored = JSON.readTree(r.getResponse().getContentAsString());
    assertThat(stored.get("version").asString()).isEqualTo("2026-A");
    assertThat(stored.get("status").asString()).isEqualTo("draft");
    long id = stored.get("id").asLong();
    assertThat(r.getResponse().getHeader("Location")).endsWith("/api/v1/policies/" + packId() + "/versions/" + id);
    assertThat(policies.byId(packId())).as("a draft is not in force").isEmpty();

    JsonNode draft = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
        "/api/v1/policies/" + packId() + "/versions/" + id), "admin", null, 200);
    assertThat(draft.get("difference").toString()).contains("\"change\":\"added\"", "\"id\":\"2(c)\"");
    JsonNode published = call(post("/api/v1/policies/" + packId() + "/versions/" + id + "/publish"), "admin",
        "{\"reason\":\"Northfield joins the Group and keeps its own code\"}", 200);
    assertThat(published.get("status").asString()).isEqualTo("published");
    assertThat(jdbc.sql("select reason from audit_entries where action = 'policy.published' and object_id = ?")
        .param(Long.toString(id)).query(String.class).single()).isEqualTo("Northfield joins the Group and keeps its own code");
  }
}
