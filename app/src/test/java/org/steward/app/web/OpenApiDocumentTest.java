package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI description tells the truth about the API (issue #9, item 10): a licence,
 * both security schemes, and for every operation a summary, an operationId, security (its own or
 * the document's) and the one error model's 4xx problem+json answers. The document is also written
 * to {@code target/openapi.json} for {@code npx @redocly/cli lint} (docs/architecture.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
class OpenApiDocumentTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @LocalServerPort int port;

  @Test
  void everyOperationHasASummaryAnIdSecurityAndProblemAnswers() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/v3/api-docs"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "admin:Steward-demo-2026".getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/openapi.json"), r.body());
    JsonNode api = JSON.readTree(r.body());

    assertThat(api.path("info").path("license").path("name").asString()).isNotBlank();
    assertThat(api.path("components").path("securitySchemes").has("session")).isTrue();
    assertThat(api.path("components").path("securitySchemes").has("basic")).isTrue();
    boolean globalSecurity = api.path("security").size() > 0;

    List<String> wrong = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    int operations = 0;
    for (var path : api.path("paths").properties()) {
      assertThat(path.getKey()).as("only the API is described").startsWith("/api/");
      for (var op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        operations++;
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode o = op.getValue();
        if (o.path("summary").asString("").isBlank()) {
          wrong.add(where + ": no summary");
        }
        String id = o.path("operationId").asString("");
        if (id.isBlank() || !ids.add(id)) {
          wrong.add(where + ": no operationId, or the same as another's");
        }
        if (!globalSecurity && o.path("security").isEmpty()) {
          wrong.add(where + ": no security");
        }
        for (String status : List.of("400", "401", "403", "422")) {
          if (!o.path("responses").has(status)) {
            wrong.add(where + ": no " + status + " answer");
          }
        }
      }
    }
    assertThat(operations).isGreaterThan(25);
    // Personal duties and data protection (issue #14) are described like every other feature.
    assertThat(api.path("paths").has("/api/v1/press-requests")).isTrue();
    assertThat(api.path("paths").path("/api/v1/press-requests").has("get")).isTrue();
    assertThat(api.path("paths").path("/api/v1/press-requests").has("post")).isTrue();
    assertThat(api.path("paths").has("/api/v1/press-requests/{id}/decision")).isTrue();
    assertThat(api.path("paths").has("/api/v1/subject-access/{id}/export")).isTrue();
    assertThat(wrong).isEmpty();
    assertThat(api.path("components").path("responses").path("UnprocessableContent")
        .path("content").has("application/problem+json")).isTrue();
  }
}
