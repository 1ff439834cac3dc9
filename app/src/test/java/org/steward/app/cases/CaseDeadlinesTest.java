package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.policies.TestPacks;
import org.steward.app.web.InvalidInput;

/**
 * The cases' time limits are pack settings ({@code cases.triage-within.<type>},
 * {@code cases.resolve-within.<type>}): the declared defaults when the pack in force leaves them
 * out, and a pack that gives a personal-data breach more than 72 hours, or a limit of zero, is
 * refused at the setting's line, nothing stored.
 */
@SpringBootTest(properties = {CaseWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
class CaseDeadlinesTest {
  @Autowired CaseSettings settings;
  @Autowired ApplicationContext context;

  static String pack(String id, String settings) {
    return """
        pack: %s
        version: "1"
        title: Cases test policy
        owner: Safeguarding
        approved: { by: Board, on: 2026-06-30 }
        review-by: 2027-06-30
        audience: [staff]
        clauses:
          "1": { section: "1", kind: flow, text: "Concerns are triaged quickly." }
        rules: []
        settings:
        %s
        """.formatted(id, settings.indent(2).stripTrailing());
  }

  @Test
  void theDeclaredDefaultsApplyWhenThePackLeavesThemOut() {
    assertThat(settings.triageWithin(CaseType.SAFEGUARDING)).isEqualTo(Duration.ofHours(4));
    assertThat(settings.triageWithin(CaseType.DATA_BREACH)).isEqualTo(Duration.ofDays(1));
    assertThat(settings.resolveWithin(CaseType.CONDUCT)).isEqualTo(Duration.ofDays(20));
    assertThat(settings.resolveWithin(CaseType.DATA_BREACH)).isEqualTo(CaseSettings.BREACH_CLOCK);
  }

  @Test
  void aBreachGivenMoreThan72HoursOrALimitOfZeroIsRefusedAtItsLine() {
    String id = "cases-broken-" + UUID.randomUUID().toString().substring(0, 8);
    Actor admin = new Actor(null, "Test administrator", java.util.List.of(RoleGrant.of(Role.ADMINISTRATOR)));
    assertThatThrownBy(() -> TestPacks.publish(context, admin, pack(id, """
        cases.resolve-within.data-breach: P5D
        cases.triage-within.conduct: PT0S
        """), id + ".yaml")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
        .extracting(p -> p.line() + " " + p.field())
        .containsExactlyInAnyOrder("12 settings.cases.resolve-within.data-breach", "13 settings.cases.triage-within.conduct"));
  }
}
