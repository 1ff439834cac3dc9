package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #8, item 9: behind a TLS proxy (STEWARD_FORWARD_HEADERS=native), the proxy's
 * X-Forwarded-* headers make the request https: HSTS is sent and redirects stay on https at the
 * public host name. The proxy here is the test itself, on loopback (trusted by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"STEWARD_FORWARD_HEADERS=native", "db-scheduler.enabled=false"})
class BehindTlsProxyTest {
  @LocalServerPort int port;

  HttpResponse<String> viaProxy(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "steward.college.example")
        .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.7")
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void redirectsStayOnHttpsAndHstsIsSent() throws Exception {
    var home = viaProxy("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElse(""))
        .startsWith("https://steward.college.example/login");
    var login = viaProxy("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Strict-Transport-Security").orElse(""))
        .contains("max-age=");
  }

  @Test
  void withoutTheProxyHeadersPlainHttpGetsNoHsts() throws Exception {
    var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
