package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.app.support.WebSession.basic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.support.WebSession;

/**
 * Issue #8, item 5: request bodies are limited before they are parsed, for JSON, forms and
 * uploads, with the limits in configuration (small here, so the test sends little): 413
 * problem+json for the API, the error page for a browser, nothing read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false", "steward.limits.json=64KB",
    "steward.limits.form=64KB", "steward.limits.upload=128KB"})
class RequestSizeLimitsTest {
  static final String PW = "Steward-demo-2026";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic("staff", PW)).header("Accept", "application/json");
  }

  static String json(int textLength) {
    return "{\"text\":\"" + "a ".repeat(textLength / 2) + "\",\"kind\":\"post\"}";
  }

  @Test
  void aJsonBodyOverTheLimitIs413BeforeItIsParsed() throws Exception {
    var r = send(to("/api/v1/checks").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(100_000))));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"limit\":65536").doesNotContain("Exception");
    // Under the limit, the same request works.
    assertThat(send(to("/api/v1/checks").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(1_000)))).statusCode()).isEqualTo(200);
  }

  @Test
  void aChunkedJsonBodyWithoutALengthIsCutOffAtTheLimitToo() throws Exception {
    byte[] body = json(100_000).getBytes(StandardCharsets.UTF_8);
    // A publisher with unknown length makes the client send Transfer-Encoding: chunked.
    Flow.Publisher<java.nio.ByteBuffer> chunked = HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofByteArray(body));
    var r = send(to("/api/v1/checks").header("Content-Type", "application/json").POST(
        HttpRequest.BodyPublishers.fromPublisher(chunked)));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void aCsvUploadOverTheLimitIs413() throws Exception {
    String csv = "kind,given_name\n" + "staff,x\n".repeat(20_000);
    var r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people/import"))
        .header("Authorization", basic("admin", PW)).header("Accept", "application/json")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("\"limit\":131072");
  }

  @Test
  void aFormOverTheLimitGetsTheErrorPageAndChangesNothing() {
    WebSession staff = new WebSession(port);
    staff.signIn("staff", PW);
    staff.get("/check");
    var page = staff.post("/check", Map.of("text", "a ".repeat(50_000), "kind", "post"));
    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("What you sent is too large");
  }

  @Test
  void aMultipartUploadOverTheLimitGetsTheErrorPage() throws Exception {
    WebSession admin = new WebSession(port);
    admin.signIn("admin", PW);
    admin.get("/people/import");
    String boundary = "----steward";
    String body = Stream.of("--" + boundary,
        "Content-Disposition: form-data; name=\"_csrf\"", "", admin.csrfToken(),
        "--" + boundary,
        "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"",
        "Content-Type: text/csv", "", "x".repeat(200_000), "--" + boundary + "--", "")
        .reduce((a, b) -> a + "\r\n" + b).orElseThrow();
    var r = admin.send("POST", "/people/import", "multipart/form-data; boundary=" + boundary, body,
        "Accept", "text/html");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("What you sent is too large");
  }
}
