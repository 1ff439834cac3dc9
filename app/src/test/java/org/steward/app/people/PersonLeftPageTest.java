package org.steward.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/** HR marks someone as left on their page; the reason is required and they can no longer sign in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "steward.sign-in.client-per-minute=50"})
class PersonLeftPageTest {
  static final String PASSWORD = "Steward-demo-2026";

  @LocalServerPort int port;
  @Autowired People people;

  @Test
  @Clause({"DOC-7", "ACC-6"})
  void hrMarksAPersonAsLeftWithAReasonAndTheyCanNoLongerSignIn() {
    long press = people.findByUsername("press").orElseThrow().id();
    WebSession hr = new WebSession(port);
    hr.signIn("hr", PASSWORD);
    assertThat(hr.get("/people/" + press).body()).contains("Mark as left");

    var refused = hr.post("/people/" + press + "/left", Map.of("reason", ""));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("There is a problem").contains("href=\"#reason\"");
    assertThat(people.findById(press).orElseThrow().enabled()).isTrue();

    var done = hr.post("/people/" + press + "/left", Map.of("reason", "Left the college on 31 July"));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Marked as left").doesNotContain("Mark as left</button>");
    assertThat(people.findById(press).orElseThrow().enabled()).isFalse();

    var signIn = new WebSession(port).signIn("press", PASSWORD);
    assertThat(signIn.body()).doesNotContain("Signed in as");
  }
}
