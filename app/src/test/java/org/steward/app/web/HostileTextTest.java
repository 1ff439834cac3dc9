package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue #8, item 11 (app side): a NUL byte in an account import, a right-to-left override or a
 * line break in a name are refused with a named problem and nothing stored; opening /error
 * directly is a plain 404, not a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class HostileTextTest {
  static final String PW = "Steward-demo-2026";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  MvcResult csv(String path, String user, String body) throws Exception {
    return mvc.perform(post(path).with(httpBasic(user, PW)).accept(MediaType.APPLICATION_JSON)
        .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
  }

  @Test
  void anAccountImportWithANulByteIsRefusedWhole() throws Exception {
    long before = count("accounts");
    MvcResult r = csv("/api/v1/accounts/import", "marketing",
        "platform,handle,name,unit,purpose,audience,visibility,managers,status\n"
            + "instagram,@Nul\u0000Handle,Nul test,CANDI-CREATIVE,p,a,public,staff;marketing,active\n");
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentAsString()).contains("control character");
    assertThat(count("accounts")).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from accounts where handle like ?").param("%\u0000%")
        .query(Long.class).single()).isZero();
  }

  @Test
  void aNameWithARightToLeftOverrideOrALineBreakIsAFieldProblem() throws Exception {
    long before = count("accounts");
    for (String name : new String[] {"Creative \u202Etra\u202C", "Creative\nArts"}) {
      MvcResult r = mvc.perform(post("/api/v1/accounts").with(httpBasic("staff", PW))
          .accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON).content("""
              {"platform":"instagram","handle":"@Bidi%d","name":"%s","unit":"CANDI-CREATIVE",
               "purpose":"p","audience":"a","visibility":"public","postingPlan":"w",
               "moderationPlan":"d","coManager":"head.creative"}"""
              .formatted(name.length(), name.replace("\n", "\\n")))).andReturn();
      assertThat(r.getResponse().getStatus()).isEqualTo(422);
      assertThat(r.getResponse().getContentAsString()).contains("\"field\":\"name\"");
    }
    assertThat(count("accounts")).isEqualTo(before);

    long people = count("people");
    MvcResult imported = csv("/api/v1/people/import", "admin",
        "kind,given_name,family_name,email,username,unit\n"
            + "staff,Ali\u202Ece,Smith,ali.bidi@college.example,ali.bidi,CANDI-CREATIVE\n");
    assertThat(imported.getResponse().getStatus()).isEqualTo(422);
    assertThat(imported.getResponse().getContentAsString()).contains("given_name");
    assertThat(count("people")).isEqualTo(people);
  }

  @Test
  void openingTheErrorPageDirectlyIsA404() throws Exception {
    var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://localhost:" + port + "/error")).header("Accept", "application/json")
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("reference");
    assertThat(mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
  }
}
