package org.steward.app.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * The staff checklist and guidance through the running app, and the press API's bad input:
 * answers other than yes show what to do with the policy's own words; the guidance is the packs'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo-data=true")
class DutiesPagesTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  @Clause({"PER-6", "GDE-5"})
  void aMemberOfStaffSeesWhatToDoForEachAnswerWithThePolicysWords() {
    // Sam works at City and Islington, under the Group's policy: its words where it has the clause,
    // the advice alone where it has none (the staff policy's PER-5 and PER-7: DutyGuidanceTest).
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PASSWORD);
    String form = staff.get("/self-check/assessment").body();
    assertThat(form).contains("not my college one").contains("do not follow current learners");
    var result = staff.post("/self-check/assessment", Map.of("privacy", "yes", "learners", "no", "email", "unsure",
        "bio", "yes", "blog", "yes", "friends", "no", "images", "yes"));
    assertThat(result.body())
        .contains("Unfollow current learners").contains("PER-6").contains("follow any current learners")
        .contains("Change the e-mail address").contains("Hide your friends list")
        .doesNotContain("PER-5").doesNotContain("PER-7")
        .doesNotContain("Open the privacy settings");
    String guidance = staff.get("/self-check").body();
    assertThat(guidance).contains("id=\"guidance-GDE-5\"").contains("extremist content")
        .doesNotContain("id=\"guidance-GDE-1\"");
  }

  @Test
  @Clause({"GDE-3", "GDE-4", "GDE-6"})
  void composeShowsTheGuidanceOfThePolicyInForceInItsWords() {
    // Guidance where people act (issue #14): on compose too, from the policy in force for the author.
    WebSession marketing = new WebSession(port);
    marketing.signIn("marketing", PASSWORD);
    String compose = marketing.get("/posts/new").body();
    assertThat(compose).contains("Before you post: what the policy advises")
        .contains("id=\"guidance-GDE-3\"").contains("effectively permanent")
        .contains("id=\"guidance-GDE-6\"").contains("check with a colleague or your line manager first");
  }

  @Test
  void thePressApiNamesEveryBadFieldAndWritesNothing() throws Exception {
    long before = jdbc.sql("select count(*) from press_requests").query(Long.class).single();
    var http = java.net.http.HttpClient.newHttpClient();
    var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/press-requests"))
        .header("Authorization", WebSession.basic("staff", PASSWORD)).header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"outlet\":\"\",\"topic\":\"T\",\"deadline\":\"soon\",\"draft\":\"D\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(response.body()).contains("outlet").contains("deadline");
    assertThat(jdbc.sql("select count(*) from press_requests").query(Long.class).single()).isEqualTo(before);
    var decision = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/press-requests/1/decision"))
        .header("Authorization", WebSession.basic("staff", PASSWORD)).header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"decision\":\"approve\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(decision.statusCode()).as("only the press office decides").isEqualTo(403);
  }
}
