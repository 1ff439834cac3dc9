package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.app.support.WebSession;

/**
 * Sign-in with an organisation account (Microsoft Entra ID and Google), against a real OpenID
 * Connect provider on loopback (mock-oauth2-server): the code flow, the ID token checks and the
 * match to Steward's directory by e-mail address all run for real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class OidcSignInTest {
  static final MockOAuth2Server provider = new MockOAuth2Server();

  static {
    provider.start();
  }

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry registry) {
    registry.add("steward.oidc.entra.client-id", () -> "steward-test");
    registry.add("steward.oidc.entra.client-secret", () -> "not-a-real-secret");
    registry.add("steward.oidc.entra.issuer-uri", () -> provider.issuerUrl("entra").toString());
    registry.add("steward.oidc.google.client-id", () -> "steward-google-test");
    registry.add("steward.oidc.google.client-secret", () -> "not-a-real-secret");
    registry.add("steward.oidc.google.issuer-uri", () -> provider.issuerUrl("google").toString());
  }

  @AfterAll
  static void stop() {
    provider.shutdown();
  }

  @LocalServerPort int port;

  private static DefaultOAuth2TokenCallback as(String issuer, String email) {
    return new DefaultOAuth2TokenCallback(issuer, "subject-" + email, "JWT", List.of("steward-test", "steward-google-test"),
        Map.of("email", email, "name", "From the provider"), 3600);
  }

  @Test
  void theSignInPageOffersBothProviders() {
    String page = new WebSession(port).get("/login").body();
    assertThat(page).contains("Sign in with Microsoft").contains("Sign in with Google");
  }

  @Test
  void aPersonInTheDirectorySignsInWithEntraAndGetsTheirRoles() {
    provider.enqueueCallback(as("entra", "hr@demo.steward.test"));
    WebSession browser = new WebSession(port);
    var home = browser.get("/oauth2/authorization/entra");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.uri().getPath()).isEqualTo("/");
    assertThat(home.body()).contains("Signed in as").contains("Harriet Moore").contains("HR");
    assertThat(browser.get("/people").statusCode()).isEqualTo(200);
  }

  @Test
  void aPersonSignsInWithGoogle() {
    provider.enqueueCallback(as("google", "learner@demo.steward.test"));
    WebSession browser = new WebSession(port);
    var home = browser.get("/oauth2/authorization/google");
    assertThat(home.body()).contains("Jamie Smith");
    assertThat(browser.get("/people").statusCode()).isEqualTo(403);
  }

  @Test
  void someoneNotInTheDirectoryIsTurnedAwayWithAnExplanation() {
    provider.enqueueCallback(as("entra", "stranger@elsewhere.example"));
    var page = new WebSession(port).get("/oauth2/authorization/entra");
    assertThat(page.uri().getPath()).isEqualTo("/login");
    assertThat(page.body()).contains("not registered in Steward").doesNotContain("Signed in as");
  }
}
