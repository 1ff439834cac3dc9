package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.app.support.WebSession.basic;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.steward.app.support.WebSession;

/**
 * Issue #8, items 6 and 7: a client flooding the API with wrong HTTP Basic credentials is answered
 * 429 without any password being checked (no bcrypt), for every name it tries, while signed-in
 * sessions carry on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo-data=true", "db-scheduler.enabled=false", "steward.sign-in.client-per-minute=5",
    "steward.sign-in.account-per-minute=1000", "steward.sign-in.account-per-hour=1000"})
class SignInFloodTest {
  static final String PW = "Steward-demo-2026";
  static final String JSON = "application/json";

  @LocalServerPort int port;
  @MockitoSpyBean PasswordEncoder encoder;
  @Autowired org.steward.app.people.People people;

  @Test
  void aFloodOfWrongCredentialsIsRefusedBeforeBcryptAndSessionsCarryOn() {
    WebSession staff = new WebSession(port);
    assertThat(staff.signIn("staff", PW).body()).contains("Signed in as");
    for (int i = 0; i < 5; i++) {
      assertThat(new WebSession(port).send("GET", "/api/v1/me", null, null, "Authorization",
          basic("user" + i, "wrong"), "Accept", JSON).statusCode()).isEqualTo(401);
    }
    org.mockito.Mockito.clearInvocations(encoder);
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> r = new WebSession(port).send("GET", "/api/v1/me", null, null,
          "Authorization", basic(i % 2 == 0 ? "admin" : "nobody" + i, i % 3 == 0 ? PW : "wrong"),
          "Accept", JSON);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
    org.mockito.Mockito.verify(encoder, org.mockito.Mockito.never())
        .matches(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    // The signed-in session is not an authentication attempt: it carries on.
    assertThat(staff.get("/api/v1/me", "Accept", JSON).statusCode()).isEqualTo(200);
  }
}
