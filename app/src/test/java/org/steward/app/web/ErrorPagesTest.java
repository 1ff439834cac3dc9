package org.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.people.People;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/**
 * Against a running server, as a person sees it: unknown routes, another unit's data, bad ids
 * and forged forms get a clear page (or problem+json), never a stack trace, and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class ErrorPagesTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired People people;

  private WebSession signedIn(String username) {
    return WebSession.signedIn(port, username, PASSWORD);
  }

  @Test
  void unknownPageIsAFriendly404() {
    var page = signedIn("admin").get("/no-such-page");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void unknownApiRouteIsProblemJson() {
    var r = signedIn("admin").get("/api/v1/nothing-here", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"status\":404");
  }

  @Test
  void malformedIdIs400NotAStackTrace() {
    var page = signedIn("admin").get("/people/not-a-number");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("was not right").doesNotContain("NumberFormatException");
  }

  @Test
  void unknownPersonIs404() {
    assertThat(signedIn("admin").get("/people/999999").statusCode()).isEqualTo(404);
  }

  @Test
  @Clause({"DOC-7"})
  void aHeadOfSchoolCannotSeeAnotherUnitsPeople() {
    long creativeStaff = people.findByUsername("staff").orElseThrow().id();
    long constructionTutor = people.findByUsername("tutor").orElseThrow().id();
    WebSession head = signedIn("head.construction");
    var refused = head.get("/people/" + creativeStaff);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("You do not have access to this").contains("Nothing was changed");
    var api = head.get("/api/v1/people/" + creativeStaff, "Accept", "application/json");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(head.get("/people/" + constructionTutor).statusCode()).isEqualTo(200);
    var list = head.get("/api/v1/people", "Accept", "application/json").body();
    assertThat(list).contains("\"username\":\"tutor\"").doesNotContain("\"username\":\"staff\"")
        .doesNotContain("\"username\":\"admin\"");
  }

  @Test
  void aForgedCsrfTokenIsRefusedAndChangesNothing() {
    WebSession admin = signedIn("admin");
    var refused = admin.post("/logout", Map.of("_csrf", "forged-token"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Your form has expired").contains("Nothing was saved");
    assertThat(admin.get("/").body()).contains("Signed in as");
  }

  @Test
  void aWrongPasswordSaysSoOnTheSignInPage() {
    var page = new WebSession(port).signIn("staff", "wrong");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("There is a problem").contains("Enter a correct username and password");
  }
}
