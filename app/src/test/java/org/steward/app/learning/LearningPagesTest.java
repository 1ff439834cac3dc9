package org.steward.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * Through the running app: moderators agree or disagree on "Check a post" and through the API;
 * the administrator builds a candidate, sees its held-out comparison, must give a reason to
 * reject, and switches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class LearningPagesTest {
  static final String PASSWORD = "Steward-demo-2026";
  static final Pattern CANDIDATE = Pattern.compile("/learning/models/(\\d+)/switch");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired LearningService learning;
  @Autowired ActiveModel activeModel;

  @BeforeEach
  void emptyTables() {
    jdbc.sql("update learned_models set base_model_id = null").update();
    jdbc.sql("delete from learned_models").update();
    jdbc.sql("delete from moderator_decisions").update();
    activeModel.invalidate();
  }

  private WebSession signIn(String user) {
    WebSession s = new WebSession(port);
    s.signIn(user, PASSWORD);
    return s;
  }

  private HttpResponse<String> api(String user, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/learning/decisions"))
            .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long decisions() {
    return jdbc.sql("select count(*) from moderator_decisions").query(Long.class).single();
  }

  @Test
  @Clause({"CON-2"})
  void moderatorsAgreeOrDisagreeOnTheCheckPageOthersDoNotSeeTheButtons() {
    Map<String, String> check = Map.of("text", LearningServiceTests.BANTER, "kind", "post",
        "policy", "cccg-policy", "account", "personal");
    WebSession staff = signIn("staff");
    assertThat(staff.post("/check", check).body()).contains("finding-1").doesNotContain("/learning/decisions");

    WebSession marketing = signIn("marketing");
    String page = marketing.post("/check", check).body();
    assertThat(page).contains("action=\"/learning/decisions\"").contains(">Agree<").contains(">Disagree<");
    var kept = marketing.post("/learning/decisions", Map.of("text", LearningServiceTests.BANTER,
        "category", "harassment", "policy", "cccg-policy", "upheld", "false"));
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(kept.body()).contains("Decision kept").contains("You disagreed with the harassment finding");
    assertThat(jdbc.sql("select upheld from moderator_decisions").query(Boolean.class).single()).isFalse();

    assertThat(staff.post("/learning/decisions", Map.of("text", "x", "category", "harassment", "upheld", "true"))
        .statusCode()).isEqualTo(403);
    assertThat(decisions()).isEqualTo(1);
  }

  @Test
  void theApiRecordsADecisionAndNamesEveryBadField() throws Exception {
    var ok = api("dsl", "{\"text\":\"You are worthless\",\"category\":\"harassment\",\"upheld\":true}");
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(ok.body()).contains("\"id\":");

    var bad = api("marketing", "{\"text\":\"\",\"category\":\"\"}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"field\":\"text\"").contains("\"field\":\"category\"")
        .contains("\"field\":\"upheld\"");

    assertThat(api("staff", "{\"text\":\"x\",\"category\":\"hate\",\"upheld\":true}").statusCode()).isEqualTo(403);
    assertThat(decisions()).isEqualTo(1);
  }

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void theAdministratorComparesThenRejectsWithAReasonOrSwitches() {
    WebSession admin = signIn("admin");
    assertThat(admin.get("/learning").body()).contains("<h1 class=\"govuk-heading-l\">Model</h1>")
        .contains("steward-abuse-1").contains("No candidate is waiting");
    assertThat(admin.post("/learning/candidates", Map.of()).body()).contains("Not enough decisions yet: 0 of the 20");

    for (var e : LearningFixture.decisions(60)) {
      learning.recordDecision(LearningFixture.MARKETING, e.text(), e.category(), e.upheld(), "cccg-policy");
    }
    String built = admin.post("/learning/candidates", Map.of()).body();
    assertThat(built).contains("A candidate model is ready").contains("Decisions by category")
        .contains("How model").contains(">harassment<").contains("Recommended");
    Matcher m = CANDIDATE.matcher(built);
    assertThat(m.find()).isTrue();
    String id = m.group(1);

    String noReason = admin.post("/learning/models/" + id + "/reject", Map.of("reason", " ")).body();
    assertThat(noReason).contains("There is a problem").contains("href=\"#reason-" + id + "\"")
        .contains("Say why you are rejecting this model").contains("<title>Error: Model");

    String switched = admin.post("/learning/models/" + id + "/switch", Map.of()).body();
    assertThat(switched).contains("Checks now use model " + id).contains("steward-abuse-1+institution");
    assertThat(activeModel.current().id()).isEqualTo(Long.parseLong(id));

    assertThat(admin.post("/learning/models/" + id + "/reject", Map.of("reason", "Changed my mind")).body())
        .contains("not waiting for a decision").contains("Nothing was changed");
  }
}
