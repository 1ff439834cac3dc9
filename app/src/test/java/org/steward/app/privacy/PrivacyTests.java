package org.steward.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.MutableClock;
import org.steward.app.audit.AuditVerifier;
import org.steward.app.duties.PressApprovals;
import org.steward.app.duties.SavedChecks;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * Data protection on H2 and PostgreSQL (subclasses), on the demo data so every feature holds
 * something: the one-month deadline, an export that reaches every feature, an erasure after which
 * no table holds anything that identifies the person while the audit chain still verifies, the
 * retention job, and monitoring with cause.
 */
abstract class PrivacyTests {
  static final String PROPS = "steward.demo-data=true";
  static final String MARKER = "Kestrelmoor-5521";

  @Autowired SubjectAccess subjectAccess;
  @Autowired Erasure erasure;
  @Autowired Retention retention;
  @Autowired Monitoring monitoring;
  @Autowired PeopleService people;
  @Autowired SavedChecks savedChecks;
  @Autowired PressApprovals press;
  @Autowired Notifications notifications;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired MutableClock clock;

  Actor dpo;
  Actor hr;
  Actor dsl;
  Actor staff;
  Actor press1;

  @BeforeEach
  void actors() {
    clock.set(java.time.Instant.now());
    dpo = actor("dpo");
    hr = actor("hr");
    dsl = actor("dsl");
    // The erasure test erases the demo member of staff: afterwards a stand-in with the same roles.
    staff = people.lookUp("staff").map(p -> new Actor(p.id(), p.displayName(), p.roles()))
        .orElse(new Actor(999_999L, "Stand-in", List.of(org.steward.app.identity.RoleGrant.of(org.steward.app.identity.Role.STAFF))));
    press1 = actor("press");
  }

  Actor actor(String username) {
    Person p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  @Test
  void aSubjectAccessRequestIsDueOneCalendarMonthAfterReceipt() {
    long id = subjectAccess.open(dpo, "tutor", "2026-01-31");
    SubjectAccess.View v = subjectAccess.get(dpo, id);
    assertThat(v.request().dueOn()).as("no 31 February: the last day of the month").isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(v.daysLeft()).isNegative();
    subjectAccess.extend(dpo, id);
    assertThat(subjectAccess.get(dpo, id).request().dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThatThrownBy(() -> subjectAccess.extend(dpo, id)).isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> subjectAccess.get(hr, id)).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> subjectAccess.open(dpo, "nobody-at-all", "2999-01-01"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("subject", "receivedOn"));
    subjectAccess.complete(dpo, id);
    assertThatThrownBy(() -> subjectAccess.complete(dpo, id)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  @Clause({"PER-4"})
  void theExportReachesEveryFeatureAndErasureLeavesNothingWhileTheChainVerifies() {
    // Give the member of staff something in every feature: a saved check, a press request with a
    // comment, a notification, a reason about them in the audit trail (their leaving).
    tx.executeWithoutResult(s -> savedChecks.save(staff, "My blog about " + MARKER + " and the open day", "blog"));
    long pressId = tx.execute(s -> press.request(staff, new PressApprovals.NewPressRequest("Tes", "Apprenticeships",
        LocalDate.now().plusDays(5).toString(), "Draft about " + MARKER)));
    tx.executeWithoutResult(s -> press.comment(staff, pressId, "Can you read it by Friday? " + MARKER));
    tx.executeWithoutResult(s -> notifications.notify(List.of(staff.personId()), "Hello Sam Taylor", "/"));
    long sar = subjectAccess.open(dpo, "staff", "");

    SubjectExport export = subjectAccess.export(dpo, sar);
    assertThat(export.name()).isEqualTo("Sam Taylor");
    List<String> features = export.sections().stream().filter(s -> !s.records().isEmpty()).map(SubjectExport.Section::feature).toList();
    assertThat(features).contains("People and organisation", "Notifications", "Audit trail", "Official accounts",
        "Personal duties (self-checks and writing for the media)", "Data protection (subject access and monitoring)");
    assertThat(export.toString()).contains(MARKER).contains("staff@demo.steward.test");

    // Erasure needs the person to have left, and the DPO.
    assertThatThrownBy(() -> erasure.erase(dpo, staff.personId())).isInstanceOf(IllegalTransition.class);
    people.markLeft(hr, staff.personId(), "Sam Taylor left on 31 July; " + MARKER);
    assertThatThrownBy(() -> erasure.erase(hr, staff.personId())).isInstanceOf(AuditedRefusal.class);
    long entriesBefore = jdbc.sql("select count(*) from audit_entries where actor_id = ?").param(staff.personId())
        .query(Long.class).single();

    assertThat(erasure.erase(dpo, staff.personId())).isPositive();

    List<String> left = new ArrayList<>();
    for (String s : List.of(MARKER, "Taylor", "staff@demo.steward.test", "Sam Taylor")) {
      left.addAll(columnsHolding(s).stream().map(c -> c + " holds " + s).toList());
    }
    assertThat(left).as("identifying data left after erasure: " + jdbc.sql("select action || ' ' || object_type || ' ' || coalesce(actor_id, 0) || ' ' || reason from audit_entries where reason like ?").param("%" + MARKER + "%").query(String.class).list()).isEmpty();
    assertThat(people.get(Actor.SYSTEM, staff.personId()).orElseThrow().displayName()).isEqualTo("Erased person " + staff.personId());
    assertThat(jdbc.sql("select count(*) from audit_entries where actor_id = ?").param(staff.personId())
        .query(Long.class).single()).as("the trail keeps its entries, by id").isEqualTo(entriesBefore);
    assertThat(verifier.verify().ok()).as("the chain verifies after erasure: " + verifier.verify().summary()).isTrue();
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'person.erased' and object_id = ?")
        .param(Long.toString(staff.personId())).query(Long.class).single()).isEqualTo(1);
    assertThatThrownBy(() -> erasure.erase(dpo, staff.personId())).isInstanceOf(IllegalTransition.class);
    // The export now holds nothing that names them.
    assertThat(subjectAccess.export(dpo, sar).toString()).doesNotContain(MARKER).doesNotContain("Taylor");
  }

  @Test
  void theRetentionJobDisposesOfOldRecordsAndLogsOnlyCounts() {
    tx.executeWithoutResult(s -> notifications.notify(List.of(dsl.personId()), "An old notification " + MARKER, "/"));
    tx.executeWithoutResult(s -> savedChecks.save(dsl, "An old check " + MARKER, "post"));
    long pressId = tx.execute(s -> press.request(dsl, new PressApprovals.NewPressRequest("Tes", "Safeguarding online",
        LocalDate.now().plusDays(5).toString(), "A draft")));
    long before = count("notifications");
    clock.advance(Duration.ofDays(367));
    tx.executeWithoutResult(s -> notifications.notify(List.of(dsl.personId()), "A new notification", "/"));
    var disposed = retention.apply();
    assertThat(disposed).extracting(Retention.Disposed::recordType)
        .contains("notification", "saved-self-check", "press-request", "monitoring-request", "subject-access-request", "moderator-decision");
    assertThat(disposed.stream().filter(d -> d.recordType().equals("notification")).findFirst().orElseThrow().count())
        .isEqualTo((int) before);
    assertThat(count("notifications")).isEqualTo(1);
    assertThat(columnsHolding(MARKER)).isEmpty();
    assertThat(jdbc.sql("select count(*) from disposal_log where record_type = 'notification' and disposed = ?")
        .param(before).query(Long.class).single()).isEqualTo(1);
    // An open press request is never disposed of, however old.
    assertThat(jdbc.sql("select count(*) from press_requests where id = ?").param(pressId).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @Clause({"PER-9"})
  void monitoringNeedsACauseASecondApproverAndATimeLimitAndEveryLookIsLogged() {
    long refusedBefore = jdbc.sql("select count(*) from audit_entries where action = 'monitoring.refused'").query(Long.class).single();
    long rowsBefore = count("monitoring_requests");
    assertThatThrownBy(() -> monitoring.request(hr, form("tutor", "", "7")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("approver"));
    assertThatThrownBy(() -> monitoring.request(hr, form("tutor", "hr", "7")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).message()).contains("someone other than you"));
    assertThatThrownBy(() -> monitoring.request(hr, form("tutor", "learner", "7")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).message()).contains("must be HR"));
    assertThatThrownBy(() -> monitoring.request(hr, new Monitoring.NewMonitoring("tutor", " ", "gossip", "", "dsl", "99")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("account", "cause", "details", "days"));
    assertThatThrownBy(() -> monitoring.request(staff, form("tutor", "dsl", "7"))).isInstanceOf(AuditedRefusal.class);
    assertThat(count("monitoring_requests")).as("nothing half-written").isEqualTo(rowsBefore);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'monitoring.refused'").query(Long.class).single())
        .isEqualTo(refusedBefore + 4);

    long id = monitoring.request(hr, form("tutor", "dsl", "3"));
    assertThatThrownBy(() -> monitoring.look(hr, id, "looked")).as("no look before approval").isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> monitoring.approve(hr, id, null)).as("the requester is not the approver").isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> monitoring.approve(dpo, id, null)).as("only the named approver").isInstanceOf(AuditedRefusal.class);
    monitoring.approve(dsl, id, "Cause is clear");
    monitoring.look(hr, id, "Read the last ten public posts: nothing about learners");
    assertThatThrownBy(() -> monitoring.look(hr, id, " ")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> monitoring.look(staff, id, "curious")).isInstanceOf(AuditedRefusal.class);
    clock.advance(Duration.ofDays(3).plusMinutes(1));
    assertThatThrownBy(() -> monitoring.look(dsl, id, "one more")).as("the time limit").isInstanceOf(IllegalTransition.class);

    Monitoring.View seenByDpo = monitoring.get(dpo, id);
    assertThat(seenByDpo.state()).isEqualTo("expired");
    assertThat(seenByDpo.looks()).singleElement().satisfies(l -> assertThat(l.by()).isEqualTo("Harriet Moore"));
    assertThat(monitoring.list(dpo)).extracting(v -> v.request().id()).contains(id);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'monitoring.looked' and object_id = ?")
        .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    assertThatThrownBy(() -> monitoring.get(staff, id)).isInstanceOf(AuditedRefusal.class);
  }

  static Monitoring.NewMonitoring form(String subject, String approver, String days) {
    return new Monitoring.NewMonitoring(subject, "https://bsky.app/profile/someone.example", "safeguarding",
        "Reports of messages to learners", approver, days);
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** Every text column ("table.column") of every table with a value containing {@code s}. */
  List<String> columnsHolding(String s) {
    var columns = jdbc.sql("select table_name, column_name from information_schema.columns"
            + " where table_schema = 'public' and (upper(data_type) like '%CHAR%' or upper(data_type) like '%CLOB%'"
            + " or upper(data_type) like '%TEXT%')")
        .query((rs, i) -> List.of(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase())).list();
    assertThat(columns).isNotEmpty();
    return columns.stream().filter(c -> jdbc.sql("select count(*) from \"" + c.get(0) + "\" where \""
            + c.get(1) + "\" like ?").param("%" + s + "%").query(Long.class).single() > 0)
        .map(c -> c.get(0) + "." + c.get(1)).toList();
  }
}
