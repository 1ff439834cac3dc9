package org.steward.app.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent register seen from outside, on the demo data: names and consent in "Check a post",
 * {@code /api/v1/consents} with its bad input, and the link page for forged links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class ConsentApiTest {
  static final String PASSWORD = "Steward-demo-2026";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private HttpResponse<String> call(String method, String user, String path, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode check(String text, String platform) throws Exception {
    var r = call("POST", "staff", "/api/v1/checks", JSON.writeValueAsString(platform == null
        ? Map.of("text", text, "kind", "post", "policy", "cccg-policy")
        : Map.of("text", text, "kind", "post", "policy", "cccg-policy", "platform", platform)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<JsonNode> findings(JsonNode result, String category) {
    List<JsonNode> out = new ArrayList<>();
    result.get("findings").forEach(f -> {
      if (f.get("category").asString().equals(category)) {
        out.add(f);
      }
    });
    return out;
  }

  long personId(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  @Test
  @Clause({"CON-3", "CON-14", "SAF-1"})
  void aNameWithConsentToBeNamedIsANoteAndThePostPasses() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate july = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear(), 7, 31);
    JsonNode r = check("Congratulations to Mia Brown on her distinction!", "instagram");
    assertThat(r.get("verdict").asString()).isEqualTo("pass");
    assertThat(findings(r, "pii.name")).isEmpty();
    assertThat(findings(r, "pii.name.consented")).singleElement().satisfies(f -> {
      assertThat(f.get("severity").asString()).isEqualTo("tag");
      assertThat(f.get("message").asString()).isEqualTo("Mia Brown: consent to be named until "
          + july.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
    });
    // Alex Jones may be named on Instagram and TikTok only.
    assertThat(check("Alex Jones won the regional final", "tiktok").get("verdict").asString()).isEqualTo("pass");
    JsonNode facebook = check("Alex Jones won the regional final", "facebook");
    assertThat(facebook.get("verdict").asString()).isEqualTo("review");
    assertThat(findings(facebook, "pii.name")).hasSize(1);
    // Jamie Smith's guardian allowed photos, not the name.
    assertThat(findings(check("Well done Jamie Smith", "instagram"), "pii.name")).hasSize(1);
  }

  @Test
  @Clause({"SAF-3", "CON-3"})
  void anUnder18sNameWithContactDetailsABirthdayOrALocationIsAlwaysABlock() throws Exception {
    JsonNode r = check("Mia Brown is on 07700 900123 if you want to congratulate her", "instagram");
    assertThat(r.get("verdict").asString()).isEqualTo("block");
    assertThat(findings(r, "pii.name.minor")).singleElement().satisfies(f -> {
      assertThat(f.get("severity").asString()).isEqualTo("block");
      assertThat(f.get("message").asString()).startsWith("Mia Brown is under 18: never post their name with"
          + " contact details, a date of birth or a location (here a phone number)");
    });
    assertThat(check("Mia Brown from N7 0RH", "instagram").get("verdict").asString()).isEqualTo("block");
    // Do-not-publish: the name stays a personal-data finding, and nothing says why.
    JsonNode leo = check("Leo Grant starred in the play", "instagram");
    assertThat(findings(leo, "pii.name")).hasSize(1);
    assertThat(leo.toString()).doesNotContain("Looked-after").doesNotContain("do-not-publish");
  }

  @Test
  void theChecksApiNamesABadPlatform() throws Exception {
    var r = call("POST", "staff", "/api/v1/checks",
        JSON.writeValueAsString(Map.of("text", "hello", "platform", "Insta gram!")));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("\"platform\"");
  }

  @Test
  @Clause({"CON-14", "SAF-2"})
  void theApiRecordsListsAndWithdrawsAndNamesEveryBadField() throws Exception {
    long alex = personId("alex.jones");
    var list = call("GET", "marketing", "/api/v1/consents?person=" + alex, null);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(list.body());
    assertThat(body.get("records")).hasSize(1);
    assertThat(body.get("history").get(0).get("action").asString()).isEqualTo("given");

    long before = jdbc.sql("select count(*) from consent_records").query(Long.class).single();
    var bad = call("POST", "marketing", "/api/v1/consents", JSON.writeValueAsString(Map.of(
        "personId", 987654, "givenBy", "uncle", "purposes", List.of("selfies"), "dateOfBirth", "2999-01-01",
        "evidence", "mis")));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    JsonNode errors = JSON.readTree(bad.body()).get("errors");
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("personId", "givenBy", "purposes", "dateOfBirth");
    assertThat(bad.body()).contains("There is no person 987654 in the directory")
        .contains("The date of birth must be in the past");
    assertThat(jdbc.sql("select count(*) from consent_records").query(Long.class).single()).isEqualTo(before);

    var created = call("POST", "marketing", "/api/v1/consents", JSON.writeValueAsString(Map.of(
        "personId", personId("noah.evans"), "givenBy", "person", "platforms", List.of("x"),
        "purposes", List.of("photo"), "evidence", "mis")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    var one = call("GET", "dpo", "/api/v1/consents/" + id, null);
    assertThat(JSON.readTree(one.body()).get("consent").get("platforms").get(0).asString()).isEqualTo("x");

    assertThat(call("POST", "marketing", "/api/v1/consents/" + id + "/withdraw", "{}").statusCode()).isEqualTo(422);
    var withdrawn = call("POST", "marketing", "/api/v1/consents/" + id + "/withdraw",
        "{\"reason\":\"Asked at reception\"}");
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    var again = call("POST", "marketing", "/api/v1/consents/" + id + "/withdraw", "{\"reason\":\"Again\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already been withdrawn");
    assertThat(call("GET", "staff", "/api/v1/consents?person=" + alex, null).statusCode()).isEqualTo(403);
    assertThat(call("GET", "marketing", "/api/v1/consents/999999", null).statusCode()).isEqualTo(404);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'consent.refused' and object_id = ?")
        .param(Long.toString(id)).query(Long.class).single()).as("the second withdrawal is audited").isEqualTo(1);
  }

  @Test
  void aForgedLinkSaysSoPlainlyAndIsAudited() throws Exception {
    long before = jdbc.sql("select count(*) from audit_entries where action = 'consent.refused'").query(Long.class).single();
    WebSession anonymous = new WebSession(port);
    var page = anonymous.get("/consent/link/" + "x".repeat(43));
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("This link is not valid").contains("ask the college for a new one");
    anonymous.get("/login"); // a page with a form, for the session's CSRF token
    var post = anonymous.post("/consent/link/" + "y".repeat(43), Map.of("choice", "withdraw"));
    assertThat(post.statusCode()).isIn(404, 409);
    assertThat(post.body()).contains("This link is not valid");
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'consent.refused'").query(Long.class).single())
        .isGreaterThanOrEqualTo(before + 2);
  }
}
