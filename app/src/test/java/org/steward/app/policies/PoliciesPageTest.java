package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.steward.app.support.WebSession;
import org.steward.engine.Clause;

/** The policies in force, with their document facts and clauses, as any signed-in person sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "steward.demo-data=true")
class PoliciesPageTest {
  @LocalServerPort int port;

  private WebSession learner() {
    WebSession s = new WebSession(port);
    s.signIn("learner", "Steward-demo-2026");
    return s;
  }

  @Test
  @Clause({"DOC-4"})
  void bothSeedPoliciesAreInForce() {
    String page = learner().get("/policies").body();
    assertThat(page).contains("Social Media Policy for Staff")
        .contains("Social Media Policy and Guidance for Staff and Learners")
        .contains("/policies/cccg-policy").contains("/policies/staff-policy");
  }

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-3"})
  void aPolicyShowsItsOwnerApprovalReviewDateWhatItReplacesAndWhatItIsReadWith() {
    var page = learner().get("/policies/cccg-policy");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Head of Digital Marketing").contains("GSMT")
        .contains("23 November 2022")
        .contains("was due for review") // review date September 2024 has passed
        .contains("Replaces").contains("Read with")
        .contains("CON-4");
  }

  @Test
  void anUnknownPolicyIs404() {
    assertThat(learner().get("/policies/no-such-pack").statusCode()).isEqualTo(404);
  }
}
