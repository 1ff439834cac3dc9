package org.steward.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session against a running Steward, without a browser: keeps cookies and
 * the CSRF token of the last page, so tests see exactly what the servlet container sends
 * (error pages included, which MockMvc does not render).
 */
public final class WebSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  public WebSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).headers(withAccept(headers)).GET());
  }

  /** Posts a form with the CSRF token of the last page (unless the form sets its own). */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Sends any request with this session's cookies (and no CSRF token unless a header carries one):
   * for API calls made with a session, and for attacks mixing a session with other credentials.
   */
  public HttpResponse<String> send(String method, String path, String contentType, String body,
      String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** The CSRF token of the last page this session saw. */
  public String csrfToken() {
    return csrf;
  }

  /** The value of a cookie this session holds, or null. */
  public String cookie(String name) {
    return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst()
        .orElse(null);
  }

  /** The value of HTTP Basic credentials for a header. */
  public static String basic(String username, String password) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString(
        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A new session on {@code port}, signed in through the real sign-in form (which must greet the person). */
  public static WebSession signedIn(int port, String username, String password) {
    WebSession s = new WebSession(port);
    assertThat(s.signIn(username, password).body()).contains("Signed in as");
    return s;
  }

  /** Signs in through the real sign-in form; returns the page shown afterwards. */
  public HttpResponse<String> signIn(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF.matcher(response.body());
      if (m.find()) {
        csrf = m.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String[] withAccept(String[] headers) {
    return headers.length == 0 ? new String[] {"Accept", "text/html"} : headers;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
