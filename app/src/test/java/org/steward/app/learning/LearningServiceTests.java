package org.steward.app.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import java.util.List;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.steward.app.checks.PolicyCheckers;
import org.steward.app.identity.Actor;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.Clause;

/**
 * Learning from the institution on H2 and PostgreSQL (subclasses): decisions are kept and
 * audited without their text; a candidate is built from enough decisions with a held-out
 * comparison; nothing changes until an administrator switches, and then checks use the new model.
 */
abstract class LearningServiceTests {
  static final String PROPS = "steward.learning.min-decisions=20";
  static final String POLLING = "db-scheduler.polling-interval=1s";
  /** Like the banter the synthetic moderators keep overruling; the shipped model flags it. */
  static final String BANTER = "you forgot the cake again haha, see you at football tonight";
  /** Like the abuse they keep upholding. */
  static final String ABUSE = "Jo nobody wants you here, just leave";

  @Autowired LearningService learning;
  @Autowired ActiveModel activeModel;
  @Autowired PolicyCheckers checkers;
  @Autowired JdbcClient jdbc;
  @Autowired SchedulerClient scheduler;

  long auditStart;

  @BeforeEach
  void emptyTables() {
    jdbc.sql("update learned_models set base_model_id = null").update();
    jdbc.sql("delete from learned_models").update();
    jdbc.sql("delete from moderator_decisions").update();
    activeModel.invalidate();
    auditStart = jdbc.sql("select coalesce(max(seq), 0) from audit_entries").query(Long.class).single();
  }

  private List<String> actionsSince() {
    return jdbc.sql("select action from audit_entries where seq > ? order by seq").param(auditStart)
        .query(String.class).list();
  }

  private void record(int n) {
    for (var e : LearningFixture.decisions(n)) {
      learning.recordDecision(LearningFixture.MARKETING, e.text(), e.category(), e.upheld(), "cccg-policy");
    }
  }

  private LearnedModel buildCandidate() {
    var outcome = learning.buildCandidate(LearningFixture.ADMIN);
    assertThat(outcome).isInstanceOf(LearningService.BuildOutcome.Built.class);
    return ((LearningService.BuildOutcome.Built) outcome).candidate();
  }

  private static Verdict verdict(Checker checker, String text) {
    return checker.check(text, CheckContext.of(TextKind.POST)).verdict();
  }

  private static double harassment(Checker checker, String text) {
    return checker.check(text, CheckContext.of(TextKind.POST)).findings().stream()
        .filter(f -> f.rule().equals("cccg.harassment-learned")).mapToDouble(Finding::score).max().orElse(0);
  }

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void everyDecisionIsKeptWithItsTextAndAuditedByIdOnly() {
    // No pack is adopted in this context, so the moderator names the pack the finding was made under.
    long upheld = learning.recordDecision(LearningFixture.DSL, "You are worthless, Kim", "Harassment", true,
        "cccg-policy");
    long overruled = learning.recordDecision(LearningFixture.MARKETING, "Kim, you legend", "hate.race", false,
        "staff-policy");

    var rows = jdbc.sql("select text, category, upheld, pack_id, decided_by from moderator_decisions order by id")
        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|" + rs.getString(4)
            + "|" + rs.getLong(5)).list();
    assertThat(rows).containsExactly("You are worthless, Kim|harassment|true|cccg-policy|903",
        "Kim, you legend|hate.race|false|staff-policy|902");
    assertThat(actionsSince()).containsExactly("learning.decision-upheld", "learning.decision-overruled");
    assertThat(jdbc.sql("select object_type || '/' || object_id from audit_entries where seq > ? order by seq")
        .param(auditStart).query(String.class).list())
        .containsExactly("moderator-decision/" + upheld, "moderator-decision/" + overruled);
    assertThat(jdbc.sql("select count(*) from audit_entries where seq > ? and (reason like '%Kim%'"
        + " or object_id like '%Kim%' or action like '%Kim%')").param(auditStart).query(Long.class).single()).isZero();
  }

  @Test
  void aBadDecisionIsRefusedWholeWithEveryProblemNamed() {
    assertThatThrownBy(() -> learning.recordDecision(LearningFixture.MARKETING, " ", "no spaces allowed", null,
        "no-such-policy"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("text", "category", "upheld", "policy"));
    assertThat(jdbc.sql("select count(*) from moderator_decisions").query(Long.class).single()).isZero();
  }

  @Test
  void onlyModeratorsRecordAndOnlyAdministratorsChooseTheModelEachRefusalAudited() {
    for (Actor who : List.of(LearningFixture.STAFF, LearningFixture.HR)) {
      assertThatThrownBy(() -> learning.recordDecision(who, "text", "harassment", true, null))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> learning.buildCandidate(LearningFixture.MARKETING)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> learning.switchTo(LearningFixture.DSL, 1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> learning.reject(LearningFixture.MARKETING, 1, "no")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> learning.switchTo(Actor.SYSTEM, 1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> learning.overview(LearningFixture.MARKETING)).isInstanceOf(AccessDeniedException.class);
    assertThat(actionsSince()).containsExactly("learning.refused", "learning.refused", "learning.refused",
        "learning.refused", "learning.refused", "learning.refused");
    assertThat(jdbc.sql("select count(*) from moderator_decisions").query(Long.class).single()).isZero();
  }

  @Test
  void tooFewDecisionsBuildNothing() {
    record(19);
    assertThat(learning.buildCandidate(LearningFixture.ADMIN))
        .isEqualTo(new LearningService.BuildOutcome.TooFew(19, 20));
    assertThat(jdbc.sql("select count(*) from learned_models").query(Long.class).single()).isZero();
  }

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void aCandidateIsBuiltWithAHeldOutComparisonAndNothingIsSwitched() {
    Checker before = checkers.forPack("cccg-policy").orElseThrow();
    record(60);

    LearnedModel candidate = buildCandidate();
    assertThat(candidate.status()).isEqualTo(LearnedModel.Status.CANDIDATE);
    assertThat(candidate.baseModelId()).isNull();
    ComparisonReport report = candidate.report();
    assertThat(report.currentModel()).isEqualTo(LearnedDetectors.MODEL_NAME);
    assertThat(report.heldOutExamples()).isPositive();
    assertThat(report.trainExamples() + report.heldOutExamples()).isEqualTo(60);
    assertThat(report.categories()).extracting(ComparisonReport.Row::category).containsExactly("harassment");
    assertThat(report.categories().get(0).threshold()).isEqualTo(0.5); // cccg.harassment-learned min-score
    assertThat(report.summary()).contains("Held out");
    assertThat(jdbc.sql("select length(model) from learned_models").query(Long.class).single()).isGreaterThan(1000);

    // Nothing switched: the same model, the same checker.
    activeModel.invalidate();
    assertThat(activeModel.current().shipped()).isTrue();
    assertThat(checkers.forPack("cccg-policy").orElseThrow()).isSameAs(before);
    assertThat(actionsSince()).endsWith("learning.candidate-built").doesNotContain("learning.model-switched");
    // The same decisions again build nothing new.
    assertThat(learning.buildCandidate(LearningFixture.ADMIN)).isInstanceOf(LearningService.BuildOutcome.NothingNew.class);
  }

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void switchingMakesChecksUseTheApprovedModel() {
    Checker before = checkers.forPack("cccg-policy").orElseThrow();
    assertThat(verdict(before, BANTER)).isEqualTo(Verdict.REVIEW);
    record(60);
    LearnedModel candidate = buildCandidate();
    assertThat(candidate.report().candidateBetter()).isTrue();
    assertThat(verdict(checkers.forPack("cccg-policy").orElseThrow(), BANTER))
        .as("not switched yet").isEqualTo(Verdict.REVIEW);

    LearnedModel active = learning.switchTo(LearningFixture.ADMIN, candidate.id());
    assertThat(active.status()).isEqualTo(LearnedModel.Status.ACTIVE);
    assertThat(active.decidedBy()).isEqualTo(901L);
    assertThat(actionsSince()).endsWith("learning.model-switched");

    var current = activeModel.current();
    assertThat(current.id()).isEqualTo(candidate.id());
    assertThat(current.model().name()).isEqualTo(LearnedDetectors.MODEL_NAME + "+institution");
    Checker after = checkers.forPack("cccg-policy").orElseThrow();
    assertThat(after).isNotSameAs(before);
    assertThat(verdict(after, BANTER)).as("the institution's banter is no longer flagged").isEqualTo(Verdict.PASS);
    assertThat(harassment(after, ABUSE)).as("abuse still is").isGreaterThanOrEqualTo(harassment(before, ABUSE));

    // A decided candidate cannot be decided again.
    assertThatThrownBy(() -> learning.switchTo(LearningFixture.ADMIN, candidate.id()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theNightlyJobBuildsACandidateWhenDueAndSwitchesNothing() throws Exception {
    record(25);
    TaskInstanceId job = TaskInstanceId.of("learning-retrain", RecurringTask.INSTANCE);
    boolean rescheduled = false;
    for (int i = 0; i < 50 && !rescheduled; i++) {
      rescheduled = scheduler.reschedule(job, Instant.now());
      if (!rescheduled) {
        Thread.sleep(200); // it may be running (its first run at start-up)
      }
    }
    assertThat(rescheduled).isTrue();
    List<String> statuses = List.of();
    for (int i = 0; i < 150 && statuses.isEmpty(); i++) {
      Thread.sleep(200);
      statuses = jdbc.sql("select status from learned_models").query(String.class).list();
    }
    assertThat(statuses).containsExactly("candidate");
    assertThat(jdbc.sql("select built_by from learned_models").query(Long.class).optional()).isEmpty();
    activeModel.invalidate();
    assertThat(activeModel.current().shipped()).isTrue();
  }

  @Test
  void rejectingNeedsAReasonAndKeepsTheCurrentModel() {
    record(30);
    LearnedModel candidate = buildCandidate();
    assertThatThrownBy(() -> learning.reject(LearningFixture.ADMIN, candidate.id(), "  "))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));

    LearnedModel rejected = learning.reject(LearningFixture.ADMIN, candidate.id(), "Too few examples of hate yet");
    assertThat(rejected.status()).isEqualTo(LearnedModel.Status.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("Too few examples of hate yet");
    activeModel.invalidate();
    assertThat(activeModel.current().shipped()).isTrue();
    assertThat(actionsSince()).endsWith("learning.candidate-rejected");
    assertThatThrownBy(() -> learning.switchTo(LearningFixture.ADMIN, candidate.id()))
        .isInstanceOf(IllegalStateException.class);
  }
}
