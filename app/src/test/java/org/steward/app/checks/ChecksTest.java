package org.steward.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Check a post" through the running app: the page shows findings in place with the clause and
 * the fix; the API answers the engine's JSON, and bad requests get problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class ChecksTest {
  static final String PASSWORD = "Steward-demo-2026";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private HttpResponse<String> api(String user, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
            .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String request(String text, String kind, String policy) {
    return JSON.writeValueAsString(Map.of("text", text, "kind", kind, "policy", policy));
  }

  @Test
  @Clause({"CON-3"})
  void aRealLearnersNameFromTheDirectoryIsFound() throws Exception {
    String text = "Well done Jamie Smith in 11B for the award!";
    var response = api("staff", request(text, "post", "cccg-policy"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = JSON.readTree(response.body());
    assertThat(result.get("verdict").asString()).isNotEqualTo("pass");
    JsonNode name = null;
    for (JsonNode f : result.get("findings")) {
      if (f.get("category").asString().equals("pii.name")) {
        name = f;
      }
    }
    assertThat(name).as("a pii.name finding in " + response.body()).isNotNull();
    assertThat(name.get("clause").asString()).isEqualTo("CON-3");
    assertThat(text.substring(name.get("start").asInt(), name.get("end").asInt())).isEqualTo("Jamie Smith");
  }

  @Test
  @Clause({"CON-4"})
  void politicalContentIsFlaggedWithItsClause() throws Exception {
    var response = api("marketing", request("Vote Labour at the general election on Thursday!", "post", "cccg-policy"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"clause\":\"CON-4\"").contains("\"category\":\"political\"");
  }

  @Test
  void anOrdinaryPostPasses() throws Exception {
    var response = api("learner", request("Our open day is on Saturday: come and see the new library.", "post", "cccg-policy"));
    assertThat(JSON.readTree(response.body()).get("verdict").asString()).isEqualTo("pass");
  }

  @Test
  void everyBadFieldIsNamedInProblemJson() throws Exception {
    var response = api("staff", request(" ", "tweet", "no-such-policy"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode pd = JSON.readTree(response.body());
    assertThat(pd.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("text", "kind", "policy");
  }

  @Test
  void textOverOneMegabyteIsRefusedClearly() throws Exception {
    var response = api("staff", request("a".repeat(CheckService.MAX_TEXT + 1), "post", "cccg-policy"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("1 MB or shorter");
  }

  @Test
  void malformedJsonIsProblemJsonNotAStackTrace() throws Exception {
    var response = api("staff", "{\"text\": \"unterminated");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  @Clause({"GDE-6", "DOC-8"})
  void thePageHighlightsFindingsInPlaceWithClauseFixAndSecondOpinion() {
    WebSession learner = new WebSession(port);
    learner.signIn("learner", PASSWORD);
    var page = learner.post("/check", Map.of("text", "Congratulations Jamie Smith! Vote Labour!",
        "kind", "post", "policy", "cccg-policy", "account", "personal"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<mark class=\"steward-mark\"><span>Jamie Smith</span>")
        .contains("CON-3").contains("CON-4")
        .contains("Ask for a second opinion").contains("if still in doubt, do not post it")
        .contains("Congratulations Jamie Smith! Vote Labour!");
  }

  @Test
  void anEmptyTextOnThePageGivesAnErrorSummaryLinkedToTheField() {
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PASSWORD);
    var page = staff.post("/check", Map.of("text", "", "kind", "post", "policy", "cccg-policy", "account", "personal"));
    assertThat(page.body()).contains("There is a problem").contains("href=\"#text\"")
        .contains("Enter the text you want to check");
  }
}
