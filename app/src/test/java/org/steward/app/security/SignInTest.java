package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.people.People;
import org.steward.app.support.WebSession;

/** Local sign-in against a running server: every demo user, wrong passwords, lock-out, sign-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "steward.sign-in.account-per-minute=3",
        "steward.sign-in.client-per-minute=1000", "steward.sign-in.client-per-hour=1000"})
@org.springframework.context.annotation.Import(org.steward.app.accounts.AccountTestConfig.class)
class SignInTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired org.steward.app.accounts.MutableClock clock;

  @ParameterizedTest
  @ValueSource(strings = {"admin", "marketing", "hodm", "head.creative", "head.construction",
      "staff", "tutor", "learner", "dsl", "hr", "press", "dpo"})
  void everyDemoUserCanSignIn(String username) {
    var home = new WebSession(port).signIn(username, PASSWORD);
    assertThat(home.uri().getPath()).isEqualTo("/");
    assertThat(home.body()).contains("Signed in as");
  }

  @Test
  void wrongPasswordIsRefusedWithAClearMessage() {
    var page = new WebSession(port).signIn("staff", "not-the-password");
    assertThat(page.uri().getPath()).isEqualTo("/login");
    assertThat(page.body()).contains("Enter a correct username and password").doesNotContain("Signed in as");
  }

  /** The sentence the sign-in page shows after a failed try. */
  static String message(java.net.http.HttpResponse<String> page) {
    int at = page.body().indexOf("There is a problem");
    assertThat(at).as(page.body()).isPositive();
    String tail = page.body().substring(at);
    int li = tail.indexOf("<li");
    return tail.substring(li, tail.indexOf("</li>", li)).replaceAll("<[^>]+>", "").strip();
  }

  @Test
  void repeatedFailuresMakeEvenTheRightPasswordWaitButNeverLockTheAccount() {
    clock.set(java.time.Instant.now());
    for (int i = 0; i < 3; i++) {
      new WebSession(port).signIn("press", "guess-" + i);
    }
    var page = new WebSession(port).signIn("press", PASSWORD);
    assertThat(page.body()).contains("Too many wrong passwords were tried. Wait").doesNotContain("Signed in as");
    // A delay, not a lock: a minute later the right password works.
    clock.advance(java.time.Duration.ofMinutes(1));
    assertThat(new WebSession(port).signIn("press", PASSWORD).body()).contains("Signed in as");
    assertThat(people.credentials("press").orElseThrow().lockedUntil()).isNull();
  }

  @Test
  void anUnknownNameGetsExactlyTheSameAnswersAsARealOne() {
    clock.set(java.time.Instant.now());
    String real = message(new WebSession(port).signIn("dpo", "wrong"));
    String unknown = message(new WebSession(port).signIn("no.such.person", "wrong"));
    assertThat(unknown).isEqualTo(real).contains("Enter a correct username and password");
    for (int i = 0; i < 3; i++) {
      new WebSession(port).signIn("dpo", "wrong-" + i);
      new WebSession(port).signIn("no.such.person", "wrong-" + i);
    }
    assertThat(message(new WebSession(port).signIn("no.such.person", "wrong")))
        .isEqualTo(message(new WebSession(port).signIn("dpo", "wrong")))
        .contains("Wait");
  }

  @Test
  void signInWithoutACsrfTokenIsRefused() {
    WebSession s = new WebSession(port);
    var refused = s.post("/login", Map.of("username", "admin", "password", PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(s.get("/").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void signOutEndsTheSession() {
    WebSession s = new WebSession(port);
    s.signIn("staff", PASSWORD);
    var out = s.post("/logout", Map.of());
    assertThat(out.uri().toString()).endsWith("/login?signed-out");
    assertThat(out.body()).contains("You have signed out");
    assertThat(s.get("/").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void pagesNeedSignInAndTheApiSaysSoInProblemJson() {
    assertThat(new WebSession(port).get("/").uri().getPath()).isEqualTo("/login");
    var api = new WebSession(port).get("/api/v1/me", "Accept", "application/json");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void aBrowserIsNeverSentAPasswordPromptOutsideTheApi() throws Exception {
    // A stylesheet, font or image asked for without a session must not get a Basic challenge:
    // browsers answer it with their own password box, and a headless one waits for ever.
    var response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uploads/picture.png"))
            .header("Accept", "image/avif,image/webp,*/*").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void apiAcceptsHttpBasic() throws Exception {
    String basic = Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes());
    var response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
            .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Harriet Moore").contains("\"hr\"");
  }
}
