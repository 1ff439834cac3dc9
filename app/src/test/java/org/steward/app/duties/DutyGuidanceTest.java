package org.steward.app.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.policies.PoliciesInForce;
import org.steward.engine.Clause;

/**
 * Duties read the policy in force for the person, never a pack of their own choosing: on the demo
 * data a member of staff at Westminster Kingsway is under the staff policy adopted for WKC's staff
 * (its guidance GDE-1, its checklist clauses PER-5..PER-7 in its words), a member of staff at City
 * and Islington under the Group's policy (its guidance, and no PER-7 to quote), and the press
 * settings follow the author's policy, with the declared defaults where it sets none.
 */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
class DutyGuidanceTest {
  @Autowired DutyGuidance guidance;
  @Autowired SelfAssessment assessment;
  @Autowired PoliciesInForce policies;
  @Autowired PeopleService people;

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  @Test
  @Clause({"GDE-1", "GDE-5", "GDE-6", "PER-5", "PER-6", "PER-7"})
  void aMemberOfStaffReadsTheGuidanceAndChecklistOfThePolicyInForceForTheirCollege() {
    Actor wkc = actor("noah.evans");
    Actor candi = actor("staff");
    String wkcPolicy = policies.forActor(wkc).orElseThrow().title();
    String candiPolicy = policies.forActor(candi).orElseThrow().title();
    assertThat(wkcPolicy).as("the demo adopts the staff policy for WKC's staff").isNotEqualTo(candiPolicy);

    assertThat(guidance.guidanceFor(wkc)).extracting(DutyGuidance.Guidance::clause).contains("GDE-1", "GDE-5", "GDE-6")
        .doesNotContain("GDE-3");
    assertThat(guidance.guidanceFor(wkc)).allSatisfy(g -> assertThat(g.packTitle()).isEqualTo(wkcPolicy));
    assertThat(guidance.clause(wkc, "GDE-1").orElseThrow().text()).contains("break times");
    assertThat(guidance.guidanceFor(candi)).extracting(DutyGuidance.Guidance::clause).contains("GDE-3", "GDE-4", "GDE-6")
        .doesNotContain("GDE-1");
    assertThat(guidance.clause(candi, "GDE-6").orElseThrow().text()).contains("check with a colleague");

    Map<String, String> answers = Map.of("privacy", "unsure", "learners", "no", "email", "no", "bio", "yes",
        "blog", "yes", "friends", "no", "images", "yes");
    var todo = assessment.assess(wkc, answers);
    assertThat(todo).extracting(t -> t.question().id()).containsExactly("privacy", "learners", "email", "friends");
    assertThat(todo).allSatisfy(t -> assertThat(t.clause()).as(t.question().id()).isNotNull());
    assertThat(todo.get(2).clause().text()).contains("personal email address");
    assertThat(todo.get(3).clause().text()).contains("friends list");
    assertThat(todo.get(1).clause().text()).contains("students as friends");
    var candiTodo = assessment.assess(candi, answers);
    assertThat(candiTodo.get(0).clause()).as("the Group's policy has no PER-7 to quote").isNull();
    assertThat(candiTodo.get(1).clause().text()).as("PER-6 in the Group's words").contains("learners' personal social media");
  }

  @Test
  @Clause({"PER-4"})
  void thePressSettingsFollowTheAuthorsPolicyWithTheDeclaredDefaults() {
    Actor candi = actor("staff");
    Actor wkc = actor("noah.evans");
    assertThat(guidance.pressApprover(candi)).as("the Group's pack names its approver").isEqualTo("Senior Press Officer");
    assertThat(guidance.pressApprover(wkc)).as("the staff policy names none: the declared default")
        .isEqualTo(DutyDeclarations.DEFAULT_APPROVER);
    assertThat(guidance.pressResponseDays(candi.personId())).isEqualTo(3);
    assertThat(policies.defaults().integer(DutyDeclarations.PRESS_RESPONSE_DAYS)).isEqualTo(3);
  }
}
