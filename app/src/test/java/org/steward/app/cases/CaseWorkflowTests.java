package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.accounts.AccountStatus;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.crypto.TamperedSecretException;
import org.steward.app.home.WorkItem;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.engine.Action;
import org.steward.engine.Clause;
import org.steward.engine.Finding;

/**
 * Reports and cases through their services, once on H2 and once on PostgreSQL (subclasses):
 * routing, who may read each type (every type × every role, administrators included), the
 * receipt, encryption at rest, the 72-hour clock, Prevent fields, account suspension, time
 * limits, safeguarding signals, and bad input that writes nothing.
 */
@Import(AccountTestConfig.class)
abstract class CaseWorkflowTests {
  static final String PROPS_KEY = "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @Autowired Reports reports;
  @Autowired Concerns concerns;
  @Autowired CaseHandling cases;
  @Autowired CaseAlerts alerts;
  @Autowired CaseWork work;
  @Autowired CaseStore store;
  @Autowired AccountRegistry accounts;
  @Autowired OrganisationService organisation;
  @Autowired PeopleService people;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  CaseFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-03-02T10:00:00Z"));
    f = CaseFixture.FIXTURES.computeIfAbsent(jdbc, k -> new CaseFixture(organisation, people, encoder.encode("pw-Steward-2026")));
    for (String t : new String[] {"case_links", "case_entries", "cases", "notifications"}) {
      jdbc.sql("delete from " + t).update();
    }
  }

  Reports.Receipt report(String concern, String summary) {
    return reports.submit(new Reports.ReportRequest(concern, "comment", summary, "https://example.org/p/1", true,
        null, null), Optional.empty());
  }

  long caseOf(Reports.Receipt r) {
    return store.byReceipt(Receipts.hash(r.code())).orElseThrow().id();
  }

  long auditCount(String action, long caseId) {
    return jdbc.sql("select count(*) from audit_entries where action = ? and object_type = 'case' and object_id = ?")
        .params(action, Long.toString(caseId)).query(Long.class).single();
  }

  @Test
  @Clause({"SAF-7", "SAF-8"})
  void anAnonymousReportGetsAReceiptToReadRepliesAndAddInformation() {
    var receipt = report("bullying", "They keep calling me names under every college post.");
    assertThat(receipt.code()).matches("\\d{20}");
    assertThat(receipt.routedTo()).isEqualTo("the designated safeguarding lead");
    long id = caseOf(receipt);
    // Stored hashed: the code is nowhere in the row.
    var stored = jdbc.sql("select receipt_hash, details from cases where id = ?").param(id)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
    assertThat(stored.get(0)).isNotEqualTo(receipt.code()).doesNotContain(receipt.code());
    assertThat(stored.get(1)).doesNotContain("calling me names");

    var first = reports.follow(receipt.shown());
    assertThat(first.status()).startsWith("Received");
    assertThat(first.summary()).contains("calling me names");
    assertThat(first.messages()).isEmpty();

    Actor dsl = f.as(Role.SAFEGUARDING_LEAD);
    cases.reply(dsl, id, "Thank you. We have hidden the comments and are talking to those involved.");
    cases.requestInformation(dsl, id, "Which course are you on?");
    var later = reports.follow(receipt.code());
    assertThat(later.status()).isEqualTo("Waiting for information from you");
    assertThat(later.messages()).extracting(Reports.Message::text)
        .containsExactly("Thank you. We have hidden the comments and are talking to those involved.",
            "Which course are you on?");

    reports.message(receipt.code(), "Level 2 Media.");
    var view = cases.view(dsl, id);
    assertThat(view.summary().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(view.anonymous()).isTrue();
    assertThat(view.reporterName()).isNull();
    assertThat(view.entries()).extracting(CaseHandling.Entry::text).contains("Level 2 Media.");
    // Notes stay with the people handling it.
    cases.note(dsl, id, "Spoke to the tutor.");
    assertThat(reports.follow(receipt.code()).messages()).extracting(Reports.Message::text)
        .doesNotContain("Spoke to the tutor.");
    assertThat(jdbc.sql("select count(*) from case_entries where body like '%tutor%'").query(Long.class).single())
        .isZero();
    assertThat(auditCount("case.viewed-by-reporter", id)).isEqualTo(3);
  }

  @Test
  @Clause({"SAF-4", "SAF-5", "SAF-6", "ACC-12", "CON-5"})
  void everyTypeOfCaseIsReadOnlyByThePeopleItIsRoutedToNeverByAnAdministrator() {
    for (Concern concern : List.of(Concern.SAFETY, Concern.EXTREMISM, Concern.PERSONAL_DATA, Concern.CONDUCT,
        Concern.IMPOSTOR)) {
      long id = caseOf(report(concern.code(), "Something about " + concern.code()));
      CaseType type = concern.type();
      for (Role role : Role.values()) {
        Actor who = f.as(role);
        boolean allowed = type.readers().contains(role);
        if (allowed) {
          assertThat(cases.view(who, id).summaryText()).as(role + " reads " + type).contains(concern.code());
          assertThat(cases.list(who, false)).extracting(CaseHandling.CaseSummary::id).contains(id);
        } else {
          assertThatThrownBy(() -> cases.view(who, id)).as(role + " refused " + type)
              .isInstanceOf(AuditedRefusal.class);
          assertThatThrownBy(() -> cases.note(who, id, "x")).isInstanceOf(AuditedRefusal.class);
          assertThat(cases.list(who, true)).extracting(CaseHandling.CaseSummary::id).doesNotContain(id);
        }
      }
      // Every view is in the audit trail, and so is every refusal.
      assertThat(auditCount("case.viewed", id)).isEqualTo(type.readers().size());
      assertThat(auditCount("case.refused", id)).isEqualTo(2L * (Role.values().length - type.readers().size()));
    }
    assertThat(EnumSet.allOf(CaseType.class).stream().anyMatch(t -> t.readers().contains(Role.ADMINISTRATOR)))
        .isFalse();
  }

  @Test
  @Clause("SAF-4")
  void caseContentsAndReporterIdentityAreSealedUnderTheCasesOwnKey() {
    var named = reports.submit(new Reports.ReportRequest("conduct", "conduct", "My manager posted my address.", "",
        false, "Robin Reporter", "robin@example.org"), Optional.empty());
    long id = caseOf(named);
    long other = caseOf(report("conduct", "Another report"));
    String all = jdbc.sql("select details || wrapped_key from cases").query(String.class).list().toString()
        + jdbc.sql("select body from case_entries").query(String.class).list();
    assertThat(all).doesNotContain("Robin").doesNotContain("robin@example.org").doesNotContain("address");
    Actor hr = f.as(Role.HR);
    var view = cases.view(hr, id);
    assertThat(view.reporterName()).isEqualTo("Robin Reporter");
    assertThat(view.reporterContact()).isEqualTo("robin@example.org");
    // Each case has its own data key: one case's sealed details do not open as another's.
    String wrappedA = jdbc.sql("select wrapped_key from cases where id = ?").param(id).query(String.class).single();
    String wrappedB = jdbc.sql("select wrapped_key from cases where id = ?").param(other).query(String.class).single();
    assertThat(wrappedA).isNotEqualTo(wrappedB);
    jdbc.sql("update cases set details = (select details from cases where id = ?) where id = ?").params(id, other).update();
    assertThatThrownBy(() -> cases.view(hr, other)).isInstanceOf(TamperedSecretException.class);
  }

  @Test
  @Clause("SAF-4")
  void aPersonalDataBreachShowsTheSeventyTwoHourClockFromAwareness() {
    long id = caseOf(report("personal-data", "A learner's phone number is in a photo on the Facebook page."));
    Actor dpo = f.as(Role.DATA_PROTECTION_OFFICER);
    var view = cases.view(dpo, id);
    assertThat(view.breachDeadline()).isEqualTo(view.awareAt().plus(Duration.ofHours(72)));
    assertThat(view.summary().type()).isEqualTo(CaseType.DATA_BREACH);
    List<WorkItem> items = work.waitingFor(dpo);
    assertThat(items).anySatisfy(i -> {
      assertThat(i.text()).contains("72 hours").contains(view.summary().reference());
      assertThat(i.urgency()).isEqualTo(WorkItem.Urgency.URGENT);
    });
    assertThat(work.waitingFor(f.as(Role.ADMINISTRATOR))).isEmpty();
    // The resolution limit of a breach is never later than 72 hours, whatever the pack says.
    assertThat(store.find(id).orElseThrow().dueAt()).isEqualTo(view.breachDeadline());
  }

  @Test
  @Clause({"SAF-5", "CON-5"})
  void aRadicalisationConcernHasThePreventFieldsAndShowsTheOfficialRouteWithoutReporting() {
    long id = caseOf(report("extremism", "Someone is sharing posts praising National Action."));
    Actor dsl = f.as(Role.SAFEGUARDING_LEAD);
    var before = cases.view(dsl, id);
    assertThat(before.summary().type()).isEqualTo(CaseType.RADICALISATION);
    assertThat(before.preventRoute()).startsWith("https://");
    assertThat(before.prevent()).isEqualTo(CaseDetails.Prevent.EMPTY);
    assertThatThrownBy(() -> cases.prevent(dsl, id, "", "x", "y")).isInstanceOf(InvalidInput.class);
    cases.prevent(dsl, id, "Praise of a proscribed group", "A learner reported it anonymously", "Instagram comments");
    var after = cases.view(dsl, id);
    assertThat(after.prevent()).isEqualTo(new CaseDetails.Prevent("Praise of a proscribed group",
        "A learner reported it anonymously", "Instagram comments"));
    long breach = caseOf(report("personal-data", "x"));
    assertThatThrownBy(() -> cases.prevent(f.as(Role.DATA_PROTECTION_OFFICER), breach, "a", "b", "c"))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  @Clause("ACC-12")
  void marketingSuspendsTheAccountOfAnAccountBreachThroughTheAccountsFeature() {
    Actor marketing = f.as(Role.MARKETING);
    long account = jdbc.sql("insert into accounts (platform, handle, handle_key, name, unit_id, purpose, audience,"
            + " visibility, status, requested_by, requested_at, status_changed_at) values ('instagram',"
            + " 'case_breach_' || cast(? as varchar), 'case_breach_' || cast(? as varchar), 'Breach test', ?,"
            + " 'purpose', 'public', 'public', 'active', ?, ?, ?)")
        .params(System.nanoTime(), System.nanoTime(), f.unit, marketing.personId(), now(), now())
        .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") == 1
        ? jdbc.sql("select max(id) from accounts").query(Long.class).single() : -1;
    var raised = concerns.raise(marketing, new Concerns.StaffConcern("account-misuse", Subject.ACCOUNT,
        "Posts nobody wrote went out overnight.", null, account));
    assertThat(raised.routedTo()).isEqualTo("marketing");
    assertThatThrownBy(() -> cases.suspendAccount(f.as(Role.HR), raised.caseId(), "x"))
        .isInstanceOf(AuditedRefusal.class);
    cases.suspendAccount(marketing, raised.caseId(), "The password was shared outside the team.");
    assertThat(accounts.find(account).orElseThrow().status()).isEqualTo(AccountStatus.SUSPENDED);
    var view = cases.view(f.as(Role.HEAD_OF_DIGITAL_MARKETING), raised.caseId());
    assertThat(view.accountStatus()).isEqualTo(AccountStatus.SUSPENDED.label());
    assertThat(view.entries()).extracting(CaseHandling.Entry::kind).contains("account-suspended");
    // A conduct case cannot suspend an account.
    long conduct = caseOf(report("conduct", "x"));
    assertThatThrownBy(() -> cases.suspendAccount(f.as(Role.HR), conduct, "x")).isInstanceOf(IllegalTransition.class);
  }

  @Test
  @Clause("SAF-7")
  void aCasePastItsTimeLimitAlertsThePeopleItIsRoutedToOnceAndWaitsOnTheirHomePage() {
    long id = caseOf(report("safety", "My friend says they will hurt themselves tonight."));
    Actor dsl = f.as(Role.SAFEGUARDING_LEAD);
    assertThat(work.waitingFor(dsl)).anySatisfy(i -> assertThat(i.text()).startsWith("Triage 1 new case"));
    assertThat(alerts.alertOverdue()).isZero();
    clock.advance(Duration.ofHours(5));
    assertThat(alerts.alertOverdue()).isEqualTo(1);
    assertThat(alerts.alertOverdue()).isZero();
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ? and message like '%past its time limit%'")
        .param(dsl.personId()).query(Long.class).single()).isEqualTo(1);
    assertThat(work.waitingFor(dsl)).anySatisfy(i -> {
      assertThat(i.text()).contains("past its time limit");
      assertThat(i.urgency()).isEqualTo(WorkItem.Urgency.URGENT);
    });
    assertThat(work.waitingFor(f.as(Role.HR))).isEmpty();
    // Triage starts the resolution limit's alert afresh.
    cases.triage(dsl, id, "urgent");
    assertThat(alerts.alertOverdue()).isZero();
    clock.advance(Duration.ofDays(6));
    assertThat(alerts.alertOverdue()).isEqualTo(1);
  }

  @Test
  @Clause({"SAF-4", "CON-5"})
  void aSafeguardingSignalOpensAnUrgentConcernForTheSafeguardingLeadAndRepeatsAddToIt() {
    Actor learner = f.as(Role.LEARNER);
    Finding finding = new Finding("cccg.self-harm", "SAF-3", "safeguarding.self-harm", Action.WARN, 0, 22,
        "i want to kill myself", "You are not alone.", 0.9);
    var first = concerns.safeguarding(learner, Evidence.capture("i want to kill myself", "check", "",
        List.of(finding), clock.instant()), false);
    assertThat(first.routedTo()).isEqualTo("the designated safeguarding lead");
    assertThat(first.addedToOpenCase()).isFalse();
    var c = store.find(first.caseId()).orElseThrow();
    assertThat(c.type()).isEqualTo(CaseType.SAFEGUARDING);
    assertThat(c.priority()).isEqualTo(Priority.URGENT);
    assertThat(jdbc.sql("select count(*) from notifications where person_id = ?").param(f.as(Role.SAFEGUARDING_LEAD).personId())
        .query(Long.class).single()).isEqualTo(1);
    var again = concerns.safeguarding(learner, Evidence.capture("i cant go on", "check", "", List.of(), clock.instant()), false);
    assertThat(again.caseId()).isEqualTo(first.caseId());
    assertThat(again.addedToOpenCase()).isTrue();
    var view = cases.view(f.as(Role.SAFEGUARDING_LEAD), first.caseId());
    assertThat(view.evidence().text()).isEqualTo("i want to kill myself");
    assertThat(view.evidenceIntact()).isTrue();
    assertThat(view.evidence().snapshotSha256()).hasSize(64);
    assertThat(view.evidence().findings()).extracting(Evidence.EvidenceFinding::category)
        .containsExactly("safeguarding.self-harm");
    assertThat(view.entries()).extracting(CaseHandling.Entry::kind).contains("more-evidence");
    // Extremism opens a radicalisation concern, also for the safeguarding lead only.
    var extremism = concerns.safeguarding(learner, Evidence.capture("join National Action", "check", "",
        List.of(), clock.instant()), true);
    assertThat(store.find(extremism.caseId()).orElseThrow().type()).isEqualTo(CaseType.RADICALISATION);
    assertThatThrownBy(() -> cases.view(f.as(Role.ADMINISTRATOR), extremism.caseId())).isInstanceOf(AuditedRefusal.class);
    // The audit trail names the case, never the words.
    assertThat(jdbc.sql("select count(*) from audit_entries where reason like '%kill%' or reason like '%National%'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void badInputNamesEveryFieldAndWritesNothing() {
    long before = store.count();
    assertThatThrownBy(() -> reports.submit(new Reports.ReportRequest("nonsense", "check", " ", "javascript:alert(1)",
        false, "", "x".repeat(300)), Optional.empty()))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactlyInAnyOrder("concern", "about", "summary", "link", "name", "contact"));
    assertThatThrownBy(() -> reports.submit(new Reports.ReportRequest("bullying", "post", "x".repeat(5001), null,
        null, null, null), Optional.empty())).isInstanceOf(InvalidInput.class);
    assertThat(store.count()).isEqualTo(before);
    assertThatThrownBy(() -> reports.follow("1234")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reports.message("00000000000000000000", "hello")).isInstanceOf(NotFound.class);
    var r = report("conduct", "x");
    assertThatThrownBy(() -> reports.message(r.code(), " ")).isInstanceOf(InvalidInput.class);
    long id = caseOf(r);
    Actor hr = f.as(Role.HR);
    assertThatThrownBy(() -> cases.close(hr, id, "", "")).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("outcome", "summary"));
    assertThatThrownBy(() -> cases.assign(hr, id, f.as(Role.SAFEGUARDING_LEAD).personId())).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> cases.triage(hr, id, "whenever")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> cases.link(hr, id, "C-abc")).isInstanceOf(InvalidInput.class);
    assertThat(cases.view(hr, id).entries()).hasSize(1);
  }

  @Test
  @Clause("SAF-6")
  void casesAreTriagedAssignedLinkedClosedAndReopened() {
    Actor hr = f.as(Role.HR);
    var receipt = report("conduct", "A");
    long a = caseOf(receipt);
    long b = caseOf(report("conduct", "B"));
    long safeguarding = caseOf(report("bullying", "C"));
    cases.triage(hr, a, "high");
    assertThatThrownBy(() -> cases.triage(hr, a, "low")).isInstanceOf(IllegalTransition.class);
    cases.assign(hr, a, hr.personId());
    cases.link(hr, a, CaseRecord.reference(b));
    assertThatThrownBy(() -> cases.link(hr, a, CaseRecord.reference(safeguarding))).isInstanceOf(AuditedRefusal.class);
    assertThat(cases.view(hr, b).links()).extracting(CaseHandling.Link::id).containsExactly(a);
    cases.close(hr, a, "action-taken", "Spoken to, post removed.");
    assertThatThrownBy(() -> cases.close(hr, a, "no-action", "again")).isInstanceOf(IllegalTransition.class);
    assertThat(reports.follow(receipt.code()).closed()).isTrue();
    assertThatThrownBy(() -> reports.message(receipt.code(), "more")).isInstanceOf(IllegalTransition.class);
    assertThat(cases.list(hr, false)).extracting(CaseHandling.CaseSummary::id).doesNotContain(a);
    assertThat(cases.list(hr, true)).extracting(CaseHandling.CaseSummary::id).contains(a);
    cases.reopen(hr, a, "New posts appeared.");
    assertThat(store.find(a).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(store.find(a).orElseThrow().outcome()).isNull();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
