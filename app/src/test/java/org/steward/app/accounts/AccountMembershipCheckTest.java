package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.engine.Clause;

/**
 * The membership and follow-list checks connectors will feed (ACC-10, ACC-11), against the demo
 * directory: staff, learners (alex.jones, learner) and an unknown address.
 */
@SpringBootTest(properties = {"steward.demo-data=true", AccountWorkflowTests.PROPS_KEY,
    "db-scheduler.enabled=false"})
class AccountMembershipCheckTest {
  @Autowired MembershipCheck check;

  @Test
  @Clause("ACC-10")
  void membersMustBeGenuineLearnersOrStaff() {
    var findings = check.members(List.of("staff", "alex.jones@demo.steward.test", "stranger@example.com",
        "LEARNER"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.entry()).isEqualTo("stranger@example.com");
      assertThat(f.clause()).isEqualTo("ACC-10");
    });
  }

  @Test
  @Clause("ACC-11")
  void officialAccountsDoNotFollowCurrentLearners() {
    var findings = check.follows(List.of("staff", "alex.jones", "mia.brown@demo.steward.test",
        "someone.else"));
    assertThat(findings).extracting(MembershipCheck.Finding::entry)
        .containsExactly("alex.jones", "mia.brown@demo.steward.test");
    assertThat(findings).allMatch(f -> f.clause().equals("ACC-11") && f.message().contains("Unfollow"));
  }
}
