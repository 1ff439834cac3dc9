package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.engine.Clause;

/**
 * The REST API end to end with HTTP Basic against the demo users: request, two approvals,
 * set-up, reveal; refusals answer 403 problem+json and leave an audit entry; bad input 422.
 */
@SpringBootTest(properties = {"steward.demo-data=true", AccountWorkflowTests.PROPS_KEY,
    "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(AccountTestConfig.class)
class AccountsApiTest {
  static final String PW = "Steward-demo-2026";
  static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  MvcResult call(MockHttpServletRequestBuilder req, String user, String json) throws Exception {
    req = req.with(httpBasic(user, PW)).accept(MediaType.APPLICATION_JSON);
    if (json != null) {
      req = req.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(req).andReturn();
  }

  long refusedEntries(String user) {
    Long id = jdbc.sql("select id from people where username = ?").param(user).query(Long.class).single();
    return jdbc.sql("select count(*) from audit_entries where action = 'account.refused' and actor_id = ?")
        .param(id).query(Long.class).single();
  }

  @Test
  @Clause({"ACC-2", "ACC-5", "ACC-6", "ACC-7", "ACC-8"})
  void theWholeFlowThroughTheApi() throws Exception {
    MvcResult created = call(post("/api/v1/accounts"), "staff", """
        {"platform":"instagram","handle":"@ApiCreative","name":"API Creative","unit":"CANDI-CREATIVE",
         "purpose":"Show work","audience":"prospective learners","visibility":"public",
         "postingPlan":"Weekly","moderationPlan":"Daily checks","coManager":"head.creative",
         "platformAdmin":true}""");
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    Matcher m = ID.matcher(created.getResponse().getContentAsString());
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));
    assertThat(created.getResponse().getContentAsString()).contains("\"status\":\"requested\"",
        "\"platformAdmin\":true");

    // The co-manager heads the unit but is not the requester: may approve. hodm gives the other.
    assertThat(call(post("/api/v1/accounts/" + id + "/approve"), "head.creative", "{}")
        .getResponse().getStatus()).isEqualTo(200);
    MvcResult approved = call(post("/api/v1/accounts/" + id + "/approve"), "hodm", "{\"note\":\"ok\"}");
    assertThat(approved.getResponse().getContentAsString()).contains("\"status\":\"approved\"");

    MvcResult set = call(post("/api/v1/accounts/" + id + "/set-up"), "marketing", """
        {"loginEmail":"api.creative@college.example","password":"a long api password"}""");
    assertThat(set.getResponse().getStatus()).isEqualTo(200);
    assertThat(set.getResponse().getContentAsString()).doesNotContain("a long api password");
    Matcher s = Pattern.compile("\"secrets\":\\[\\{\"id\":(\\d+)").matcher(set.getResponse().getContentAsString());
    assertThat(s.find()).isTrue();
    long secret = Long.parseLong(s.group(1));

    MvcResult revealed = call(post("/api/v1/accounts/" + id + "/reveal"), "staff",
        "{\"secretId\":" + secret + ",\"reason\":\"Posting today\"}");
    assertThat(revealed.getResponse().getStatus()).isEqualTo(200);
    assertThat(revealed.getResponse().getContentAsString()).contains("a long api password");
    assertThat(revealed.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");

    // A learner: refused by the route rule, 403, and audited.
    long before = refusedEntries("learner");
    MvcResult learner = call(post("/api/v1/accounts/" + id + "/reveal"), "learner",
        "{\"secretId\":" + secret + ",\"reason\":\"x\"}");
    assertThat(learner.getResponse().getStatus()).isEqualTo(403);
    // (MockMvc does not forward to the error page; ErrorPagesTest covers the problem+json body.)
    assertThat(refusedEntries("learner")).isEqualTo(before + 1);

    // Staff who do not run the account: refused by the record check, also audited.
    long dsl = refusedEntries("dsl");
    assertThat(call(post("/api/v1/accounts/" + id + "/reveal"), "dsl",
        "{\"secretId\":" + secret + ",\"reason\":\"x\"}").getResponse().getStatus()).isEqualTo(403);
    assertThat(refusedEntries("dsl")).isEqualTo(dsl + 1);

    // A manager leaves: flagged, and marketing records the new password through the API.
    long coManager = jdbc.sql("select id from people where username = 'head.creative'").query(Long.class).single();
    MvcResult removed = call(post("/api/v1/accounts/" + id + "/managers/remove"), "marketing",
        "{\"personId\":" + coManager + ",\"reason\":\"Moved to another college\"}");
    assertThat(removed.getResponse().getContentAsString()).contains("\"tooFewManagers\":true");
    assertThat(jdbc.sql("select count(*) from account_tasks where account_id = ? and kind = 'rotate-password'"
        + " and status = 'open'").param(id).query(Long.class).single()).isEqualTo(1);
    assertThat(call(post("/api/v1/accounts/" + id + "/password"), "marketing",
        "{\"newPassword\":\"another long api password\"}").getResponse().getStatus()).isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from account_tasks where account_id = ? and status = 'open'")
        .param(id).query(Long.class).single()).isZero();
    assertThat(call(post("/api/v1/accounts/" + id + "/managers"), "marketing",
        "{\"person\":\"dsl\",\"platformAdmin\":true}").getResponse().getContentAsString())
        .contains("\"tooFewManagers\":false");

    // Approving as the wrong role: 403 and audited.
    long press = refusedEntries("press");
    assertThat(call(post("/api/v1/accounts/" + id + "/approve"), "press", "{}").getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(refusedEntries("press")).isEqualTo(press + 1);
  }

  @Test
  @Clause("ACC-4")
  void badInputAnswersProblemJsonWithEveryFieldAndWritesNothing() throws Exception {
    long before = jdbc.sql("select count(*) from accounts").query(Long.class).single();
    MvcResult r = call(post("/api/v1/accounts"), "staff", "{\"platform\":\"myspace\"}");
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentType()).contains("application/problem+json");
    assertThat(r.getResponse().getContentAsString()).contains("\"field\":\"purpose\"",
        "\"field\":\"coManager\"", "\"field\":\"platform\"");
    assertThat(jdbc.sql("select count(*) from accounts").query(Long.class).single()).isEqualTo(before);
    assertThat(call(post("/api/v1/accounts/999999/approve"), "hodm", "{}").getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void theApiIsDescribedWithOpenApi() throws Exception {
    MvcResult r = call(get("/v3/api-docs"), "staff", null);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentAsString()).contains("/api/v1/accounts/{id}/reveal",
        "/api/v1/accounts/{id}/approve", "Official accounts");
  }
}
