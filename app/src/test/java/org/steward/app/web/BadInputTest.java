package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #8, item 8 and part of 11: over-long fields, paging far past the end and JSON of the
 * wrong type or range get 422 problem+json naming each bad field (or a clear page), never a
 * misleading 409, a 500 or a silently changed value, and nothing is written.
 */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false",
    "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@AutoConfigureMockMvc
class BadInputTest {
  static final String PW = "Steward-demo-2026";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  MvcResult api(MockHttpServletRequestBuilder req, String user, String json) throws Exception {
    req = req.with(httpBasic(user, PW)).accept(MediaType.APPLICATION_JSON);
    if (json != null) {
      req = req.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(req).andReturn();
  }

  long accounts() {
    return jdbc.sql("select count(*) from accounts").query(Long.class).single();
  }

  long account(String handle) {
    return jdbc.sql("select id from accounts where handle = ?").param(handle).query(Long.class).single();
  }

  static void assertProblem(MvcResult r, int status, String... fields) throws Exception {
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
    assertThat(r.getResponse().getContentType()).contains("application/problem+json");
    for (String f : fields) {
      assertThat(r.getResponse().getContentAsString()).contains("\"field\":\"" + f + "\"");
    }
  }

  @Test
  void overLongFieldsOfARequestAreNamedNotTakenForAClash() throws Exception {
    long before = accounts();
    MvcResult r = api(post("/api/v1/accounts"), "staff", """
        {"platform":"instagram","handle":"@LongPlan","name":"Long plan","unit":"CANDI-CREATIVE",
         "purpose":"Show work","audience":"prospective learners","visibility":"public",
         "postingPlan":"%s","moderationPlan":"%s","url":"https://example.org/%s",
         "coManager":"head.creative"}""".formatted("p".repeat(2001), "m".repeat(2001), "u".repeat(600)));
    assertProblem(r, 422, "postingPlan", "moderationPlan", "url");
    assertThat(r.getResponse().getContentAsString()).doesNotContain("moment ago");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void overLongReasonsNotesAndPasswordsAre422() throws Exception {
    long id = account("@CandiCreativeTok");
    assertProblem(api(post("/api/v1/accounts/" + id + "/suspend"), "marketing",
        "{\"reason\":\"" + "r".repeat(2001) + "\"}"), 422, "reason");
    assertProblem(api(post("/api/v1/accounts/" + id + "/password"), "marketing",
        "{\"newPassword\":\"" + "x".repeat(5000) + "\"}"), 422, "newPassword");
    assertProblem(api(post("/api/v1/accounts/" + id + "/closing"), "staff",
        "{\"reason\":\"" + "c".repeat(2001) + "\"}"), 422, "reason");
    assertThat(jdbc.sql("select status from accounts where id = ?").param(id).query(String.class)
        .single()).isEqualTo("active");
  }

  @Test
  void anOverLongUrlOnTheRequestFormIsAFieldProblemNotAServerError() throws Exception {
    long before = accounts();
    long unit = jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single();
    MvcResult r = mvc.perform(post("/accounts").with(httpBasicFree()).with(csrf())
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(staff()))
        .accept(MediaType.TEXT_HTML)
        .param("platform", "instagram").param("handle", "@LongUrl").param("name", "Long url")
        .param("unit", Long.toString(unit)).param("purpose", "p").param("audience", "a")
        .param("visibility", "public").param("postingPlan", "weekly").param("moderationPlan", "daily")
        .param("coManager", "marketing").param("url", "https://example.org/" + "u".repeat(600)))
        .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentAsString()).contains("href=\"#url\"");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void aPageFarPastTheEndIsAClearAnswerNeverAServerError() throws Exception {
    assertProblem(api(get("/api/v1/accounts?page=2147483647"), "staff", null), 422, "page");
    assertProblem(api(get("/api/v1/people?page=2147483647"), "admin", null), 422, "page");
    MvcResult page = mvc.perform(get("/people?page=2147483647").with(
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(admin())).accept(MediaType.TEXT_HTML)).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(422);
    MvcResult accountsPage = mvc.perform(get("/accounts?page=2147483647").with(
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(staff())).accept(MediaType.TEXT_HTML)).andReturn();
    assertThat(accountsPage.getResponse().getStatus()).isEqualTo(422);
    // The last real page still works, and one past it is simply empty.
    assertThat(api(get("/api/v1/accounts?page=1000"), "staff", null).getResponse().getContentAsString())
        .contains("\"items\":[]");
  }

  @Test
  void jsonOfTheWrongTypeNamesTheField() throws Exception {
    long id = account("@CandiCreativeTok");
    assertProblem(api(post("/api/v1/accounts/" + id + "/reveal"), "staff",
        "{\"secretId\":\"not a number\",\"reason\":\"x\"}"), 422, "secretId");
    assertProblem(api(post("/api/v1/checks"), "staff", "{\"text\":[1,2],\"kind\":\"post\"}"), 422, "text");
    MvcResult broken = api(post("/api/v1/checks"), "staff", "{\"text\": ");
    assertThat(broken.getResponse().getStatus()).isEqualTo(400);
    assertThat(broken.getResponse().getContentType()).contains("application/problem+json");
  }

  @Test
  void anIdOver2To63IsRefusedNotClampedToTheLargestLong() throws Exception {
    long id = account("@CandiCreativeTok");
    MvcResult r = api(post("/api/v1/accounts/" + id + "/managers/remove"), "marketing",
        "{\"personId\":99999999999999999999,\"reason\":\"x\"}");
    assertProblem(r, 422, "personId");
    assertThat(r.getResponse().getContentAsString()).doesNotContain("9223372036854775807");
  }

  static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicFree() {
    return req -> req;
  }

  org.springframework.security.core.userdetails.UserDetails staff() {
    return principal("staff");
  }

  org.springframework.security.core.userdetails.UserDetails admin() {
    return principal("admin");
  }

  @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

  org.springframework.security.core.userdetails.UserDetails principal(String username) {
    return users.loadUserByUsername(username);
  }
}
