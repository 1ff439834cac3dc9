package org.steward.app.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.accounts.MutableClock;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * Press approval (PER-4) on H2 and PostgreSQL (subclasses): bad input is named and nothing is
 * written; only a press officer decides, never their own piece; a refusal says why; a decision is
 * final; the author and the press office are told; a request is overdue after the response time
 * or on its deadline; only the author and the press office see it.
 */
abstract class PressTests {
  static final String PROPS = "steward.demo-data=true";

  @Autowired PressApprovals press;
  @Autowired PressWork work;
  @Autowired PeopleService people;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  Actor staff;
  Actor officer;
  Actor learner;
  Actor tutor;

  @BeforeEach
  void actors() {
    clock.set(java.time.Instant.now());
    staff = actor("staff");
    officer = actor("press");
    learner = actor("learner");
    tutor = actor("tutor");
  }

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  String inDays(int n) {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")).plusDays(n).toString();
  }

  long count() {
    return jdbc.sql("select count(*) from press_requests").query(Long.class).single();
  }

  @Test
  void badInputIsNamedAndNothingIsWritten() {
    long before = count();
    assertThatThrownBy(() -> press.request(staff, new PressApprovals.NewPressRequest(" ", "x".repeat(301), "31/12/2026", "")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("outlet", "topic", "draft", "deadline"));
    assertThatThrownBy(() -> press.request(staff, new PressApprovals.NewPressRequest("Tes", "Topic", inDays(-1), "Draft")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).message()).contains("today or later"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  @Clause({"PER-4"})
  void onlyAnotherPressOfficerDecidesAndEveryoneConcernedIsTold() {
    long id = press.request(tutor, new PressApprovals.NewPressRequest("Tes", "Construction skills", inDays(7), "A draft"));
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ? and link = ?")
        .params(officer.personId(), "/press-requests/" + id).query(Long.class).single()).isEqualTo(1);
    assertThat(work.waitingFor(officer)).anySatisfy(w -> assertThat(w.text()).contains("Approve or refuse the request to write for Tes"));
    assertThat(work.waitingFor(tutor)).anySatisfy(w -> assertThat(w.text()).contains("waits for the press office"));

    assertThatThrownBy(() -> press.approve(staff, id, null)).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> press.view(learner, id)).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> press.refuse(officer, id, " ")).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.problems().get(0).field()).isEqualTo("note"));
    press.comment(officer, id, "Please add the learners' consent.");
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ? and message like 'A new comment%'")
        .param(tutor.personId()).query(Long.class).single()).isEqualTo(1);
    press.refuse(officer, id, "Not before the results are published.");
    assertThat(press.view(tutor, id).request().status()).isEqualTo(PressRequest.Status.REFUSED);
    assertThatThrownBy(() -> press.approve(officer, id, null)).isInstanceOf(IllegalTransition.class);
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ? and message like '%Tes is refused'")
        .param(tutor.personId()).query(Long.class).single()).isEqualTo(1);
    assertThat(press.view(tutor, id).comments()).singleElement().satisfies(c -> assertThat(c.authorName()).isEqualTo("Pat Nwosu"));

    long own = press.request(officer, new PressApprovals.NewPressRequest("FE News", "Our press office", inDays(7), "Mine"));
    assertThatThrownBy(() -> press.approve(officer, own, null)).as("nobody approves their own piece")
        .isInstanceOf(AuditedRefusal.class);
    assertThat(work.waitingFor(officer)).filteredOn(w -> w.link().equals("/press-requests/" + own))
        .singleElement().satisfies(w -> assertThat(w.text()).startsWith("Your request"));
  }

  @Test
  void aRequestIsOverdueAfterTheResponseTimeOrOnItsDeadline() {
    long soon = press.request(staff, new PressApprovals.NewPressRequest("Tes", "Soon", inDays(1), "Draft"));
    long later = press.request(staff, new PressApprovals.NewPressRequest("Tes", "Later", inDays(30), "Draft"));
    assertThat(press.overdue(press.view(officer, soon).request())).isFalse();
    clock.advance(Duration.ofDays(1));
    assertThat(press.overdue(press.view(officer, soon).request())).as("on its deadline").isTrue();
    assertThat(press.overdue(press.view(officer, later).request())).isFalse();
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    assertThat(press.overdue(press.view(officer, later).request())).as("after three days").isTrue();
    assertThat(work.waitingFor(officer)).anySatisfy(w -> {
      assertThat(w.text()).startsWith("Overdue");
      assertThat(w.urgency()).isEqualTo(org.steward.app.home.WorkItem.Urgency.URGENT);
    });
  }
}
