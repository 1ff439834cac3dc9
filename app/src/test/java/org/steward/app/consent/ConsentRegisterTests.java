package org.steward.app.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.people.UnitKind;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * The consent register through its services, once on H2 and once on PostgreSQL: who may appear
 * (age at the time of posting, guardian or own consent, do-not-publish), bad input, links, and a
 * withdrawal that reaches every use through the {@link PersonUsages} SPI (here a stand-in).
 */
@Import({AccountTestConfig.class, ConsentTestConfig.class})
abstract class ConsentRegisterTests {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired ConsentRegister register;
  @Autowired ConsentRecording recording;
  @Autowired ConsentLinks links;
  @Autowired Withdrawals withdrawals;
  @Autowired ConsentDeadlines deadlines;
  @Autowired ConsentReports reports;
  @Autowired PeopleService people;
  @Autowired OrganisationService organisation;
  @Autowired Notifications notifications;
  @Autowired TestUsages usages;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  long unit;
  Actor marketing;
  Actor staff;
  Actor learnerActor;
  Actor dsl;

  @BeforeEach
  void fixture() {
    clock.set(NOW);
    usages.reset();
    unit = organisation.unitByCode("T-CREATIVE").map(u -> u.id()).orElseGet(() ->
        organisation.addUnit(Actor.SYSTEM, null, "T-CREATIVE", "Test Creative", UnitKind.SCHOOL));
    marketing = actor("marketing", PersonKind.STAFF, LocalDate.of(1980, 1, 1), Role.MARKETING);
    staff = actor("staff", PersonKind.STAFF, LocalDate.of(1980, 1, 1), Role.STAFF);
    learnerActor = actor("learner", PersonKind.LEARNER, LocalDate.of(2009, 1, 1), Role.LEARNER);
    dsl = actor("dsl", PersonKind.STAFF, LocalDate.of(1980, 1, 1), Role.SAFEGUARDING_LEAD);
  }

  Actor actor(String name, PersonKind kind, LocalDate dob, Role role) {
    long id = person(name, kind, dob, role);
    return new Actor(id, name, List.of(RoleGrant.of(role)));
  }

  long person(String name, PersonKind kind, LocalDate dob, Role role) {
    int n = SEQ.incrementAndGet();
    return people.add(Actor.SYSTEM, new NewPerson(kind, name, "Person" + n, name + n + "@test.example",
        name + n, dob, unit, List.of(RoleGrant.of(role))), null, "test");
  }

  long learner(LocalDate dob) {
    return person("Mia", PersonKind.LEARNER, dob, Role.LEARNER);
  }

  long give(long person, String by, List<String> platforms, List<String> purposes, LocalDate until) {
    return recording.record(marketing, new NewConsent(person, by, by.equals("guardian") ? "Karen Brown" : null,
        "karen@example.com", platforms, purposes, null, until, null, "mis", null), null);
  }

  long records() {
    return jdbc.sql("select count(*) from consent_records").query(Long.class).single();
  }

  long refusals(String action) {
    return jdbc.sql("select count(*) from audit_entries where action = 'consent.refused' and reason like ?")
        .param(action + "%").query(Long.class).single();
  }

  // --- who may appear

  @Test
  @Clause({"SAF-3", "CON-14"})
  void anUnder18NeedsAGuardiansConsentAndTheirOwnCountsFromTheir18thBirthday() {
    long mia = learner(LocalDate.of(2009, 3, 10)); // 18 on 10 March 2027
    give(mia, "guardian", List.of(), List.of("photo"), null);
    var now = register.judge(mia, "instagram", Purpose.PHOTO, NOW);
    assertThat(now.valid()).isTrue();
    assertThat(now.minor()).isTrue();
    Instant after18 = Instant.parse("2027-03-10T09:00:00Z");
    var later = register.judge(mia, "instagram", Purpose.PHOTO, after18);
    assertThat(later.outcome()).isEqualTo(ConsentRegister.Outcome.OWN_CONSENT_NEEDED);
    assertThat(later.reason()).contains("is now 18").contains("their own consent");
    // A post dated the day before the birthday is judged on that day: the guardian's still counts.
    assertThat(register.judge(mia, "instagram", Purpose.PHOTO, Instant.parse("2027-03-09T12:00:00Z")).valid()).isTrue();

    long ella = learner(LocalDate.of(2010, 5, 1));
    give(ella, "person", List.of(), List.of("photo"), null);
    var own = register.judge(ella, "instagram", Purpose.PHOTO, NOW);
    assertThat(own.outcome()).isEqualTo(ConsentRegister.Outcome.GUARDIAN_NEEDED);
    assertThat(own.reason()).contains("under 18").contains("parent's or guardian's consent");
  }

  @Test
  @Clause({"CON-14", "SAF-1"})
  void consentCoversOnlyItsPlatformsPurposesAndDaysAndTheGateSaysWhoAndWhy() {
    long alex = person("Alex", PersonKind.LEARNER, LocalDate.of(2000, 1, 1), Role.LEARNER);
    give(alex, "person", List.of("instagram"), List.of("photo", "name"), LocalDate.of(2026, 7, 31));
    assertThat(register.judge(alex, "instagram", Purpose.PHOTO, NOW).valid()).isTrue();
    assertThat(register.judge(alex, "tiktok", Purpose.PHOTO, NOW).outcome()).isEqualTo(ConsentRegister.Outcome.NO_CONSENT);
    assertThat(register.judge(alex, "instagram", Purpose.VIDEO, NOW).valid()).isFalse();
    assertThat(register.judge(alex, "instagram", Purpose.PHOTO, Instant.parse("2026-08-01T09:00:00Z")).valid()).isFalse();

    long sam = person("Sam", PersonKind.STAFF, LocalDate.of(1990, 1, 1), Role.STAFF);
    var gate = register.gate(List.of(alex, sam), "instagram", Set.of(Purpose.PHOTO), NOW);
    assertThat(gate).extracting(ConsentRegister.Judgement::personId).containsExactly(sam);
    assertThat(gate.get(0).reason()).contains("has no consent in force for photos on Instagram");
    assertThat(register.gate(List.of(alex), "instagram", Set.of(Purpose.PHOTO, Purpose.NAME), NOW)).isEmpty();
  }

  @Test
  @Clause({"SAF-1", "SAF-3"})
  void doNotPublishOverridesEveryConsentAndItsReasonIsForSafeguardingOnly() {
    long leo = learner(LocalDate.of(2010, 1, 1));
    give(leo, "guardian", List.of(), List.of("photo", "video", "name"), null);
    recording.setDoNotPublish(dsl, leo, "Looked-after child");
    var j = register.judge(leo, "instagram", Purpose.PHOTO, NOW);
    assertThat(j.outcome()).isEqualTo(ConsentRegister.Outcome.DO_NOT_PUBLISH);
    assertThat(j.reason()).doesNotContain("Looked-after");
    assertThat(recording.of(marketing, leo).doNotPublishReason()).isNull();
    assertThat(recording.of(dsl, leo).doNotPublishReason()).isEqualTo("Looked-after child");
    assertThat(reports.report(marketing).doNotPublish()).anySatisfy(r -> {
      assertThat(r.personId()).isEqualTo(leo);
      assertThat(r.reason()).isNull();
    });
    assertThatThrownBy(() -> recording.setDoNotPublish(marketing, leo, "x"))
        .hasMessageContaining("Only the designated safeguarding lead");
  }

  // --- bad input

  @Test
  void badConsentNamesEveryFieldWritesNothingAndIsAudited() {
    long mia = learner(LocalDate.of(2009, 3, 10));
    long before = records();
    long audited = refusals("record consent");
    assertThatThrownBy(() -> recording.record(marketing, new NewConsent(999_999L, "cousin", null, "not-an-address",
        List.of("myspace"), List.of(), LocalDate.of(2026, 4, 1), LocalDate.of(2025, 1, 1),
        LocalDate.of(2030, 1, 1), "form", null), null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .contains("personId", "givenBy", "giverEmail", "platforms", "purposes", "givenOn", "validUntil",
                "dateOfBirth", "file"));
    assertThatThrownBy(() -> recording.record(marketing, new NewConsent(mia, "person", null, null, List.of(),
        List.of("photo"), null, null, LocalDate.of(2030, 1, 1), "mis", null), null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).isEqualTo("The date of birth must be in the past")));
    long adult = person("Adult", PersonKind.STAFF, LocalDate.of(1990, 1, 1), Role.STAFF);
    assertThatThrownBy(() -> give(adult, "guardian", List.of(), List.of("photo"), null))
        .hasMessageContaining("is 18 or over: only their own consent counts");
    assertThat(records()).isEqualTo(before);
    assertThat(refusals("record consent")).isEqualTo(audited + 3);
    assertThat(give(mia, "guardian", List.of(), List.of("photo"), null)).isPositive();
  }

  @Test
  void anUploadedFormIsCheckedByItsBytesAndSize() {
    long mia = learner(LocalDate.of(2009, 3, 10));
    byte[] pdf = "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    NewConsent c = new NewConsent(mia, "guardian", "Karen Brown", null, List.of(), List.of("photo"), null, null,
        null, "form", null);
    assertThatThrownBy(() -> recording.record(marketing, c, new EvidenceUpload("form.pdf", "application/pdf",
        "<html>not a pdf</html>".getBytes())))
        .hasMessage("The form must be a PDF, JPEG or PNG file");
    assertThatThrownBy(() -> recording.record(marketing, c, new EvidenceUpload("big.pdf", "application/pdf",
        new byte[3 * 1024 * 1024])))
        .hasMessage("The form must be 2 MB or smaller");
    long id = recording.record(marketing, c, new EvidenceUpload("../../etc/form.pdf", "text/html", pdf));
    var f = recording.evidence(marketing, id);
    assertThat(f.contentType()).isEqualTo("application/pdf");
    assertThat(f.fileName()).doesNotContain("/");
    assertThat(f.content()).isEqualTo(pdf);
    assertThatThrownBy(() -> recording.evidence(staff, id)).hasMessageContaining("Only marketing");
  }

  // --- links

  @Test
  @Clause("SAF-3")
  void aLinkIsForTheRightGiverAndForgedExpiredOrUsedLinksSaySoAndAreAudited() {
    long mia = learner(LocalDate.of(2009, 3, 10));
    assertThatThrownBy(() -> links.send(staff, mia, new ConsentLinks.LinkRequest("person", null, null)))
        .hasMessageContaining("is under 18: send the link to a parent or guardian");
    assertThatThrownBy(() -> links.send(learnerActor, mia, new ConsentLinks.LinkRequest("guardian", "K", "k@example.com")))
        .hasMessageContaining("Only staff");
    var sent = links.send(staff, mia, new ConsentLinks.LinkRequest("guardian", "Karen Brown", "karen@example.com"));
    assertThat(sent.mailed()).isFalse();
    String token = sent.linkToHandOver().substring(sent.linkToHandOver().lastIndexOf('/') + 1);
    assertThat(jdbc.sql("select count(*) from consent_links where token_hash = ?").param(token)
        .query(Long.class).single()).as("only the hash is stored").isZero();

    long forged = refusals("open consent link");
    assertThat(links.open("A".repeat(43)).state()).isEqualTo(ConsentLinks.State.UNKNOWN);
    assertThat(links.open("../../etc/passwd").state()).isEqualTo(ConsentLinks.State.UNKNOWN);
    assertThat(refusals("open consent link")).isEqualTo(forged + 2);

    assertThat(links.open(token).usable()).isTrue();
    assertThatThrownBy(() -> links.answer(token, new ConsentLinks.Answer("give", List.of(), List.of("photo"), null, false)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .containsExactly("confirmed"));
    assertThat(links.open(token).usable()).as("a bad answer leaves the link usable").isTrue();
    links.answer(token, new ConsentLinks.Answer("give", List.of(), List.of("photo"), null, true));
    assertThat(register.judge(mia, "bluesky", Purpose.PHOTO, NOW).valid()).isTrue();
    assertThat(register.judge(mia, "bluesky", Purpose.VIDEO, NOW).valid()).isFalse();
    assertThat(recording.of(marketing, mia).records().get(0).evidence()).isEqualTo(Evidence.ONLINE);

    var used = links.open(token);
    assertThat(used.state()).isEqualTo(ConsentLinks.State.USED);
    assertThat(used.message()).contains("works only once");
    assertThatThrownBy(() -> links.answer(token, new ConsentLinks.Answer("withdraw", List.of(), List.of(), null, true)))
        .isInstanceOf(IllegalTransition.class);
    assertThat(register.judge(mia, "bluesky", Purpose.PHOTO, NOW).valid()).isTrue();

    var second = links.send(staff, mia, new ConsentLinks.LinkRequest("guardian", "Karen Brown", "karen@example.com"));
    String t2 = second.linkToHandOver().substring(second.linkToHandOver().lastIndexOf('/') + 1);
    clock.advance(Duration.ofDays(15));
    var expired = links.open(t2);
    assertThat(expired.state()).isEqualTo(ConsentLinks.State.EXPIRED);
    assertThat(expired.message()).startsWith("This link expired on 16 March 2026");
  }

  // --- withdrawal

  PersonUsage use(String ref, String platform, PersonUsage.State state, Purpose... purposes) {
    return new PersonUsage("posts", ref, 999_000L + ref.hashCode() % 100, platform, state, Set.of(purposes),
        "Post " + ref, "/posts/" + ref);
  }

  @Test
  @Clause({"SAF-2", "CON-14"})
  void aWithdrawalReachesEveryUseDeletesWhereItCanAndTellsThePersonWhenAllAreDone() {
    long mia = learner(LocalDate.of(2009, 3, 10));
    long consent = give(mia, "guardian", List.of(), List.of("photo", "name"), null);
    usages.outcomes.put("bluesky", TakedownOutcome.DELETED);
    usages.add(mia, use("1", "bluesky", PersonUsage.State.PUBLISHED, Purpose.PHOTO));
    usages.add(mia, use("2", "instagram", PersonUsage.State.PUBLISHED, Purpose.PHOTO));
    usages.add(mia, use("3", "instagram", PersonUsage.State.SCHEDULED, Purpose.NAME));
    usages.add(mia, use("4", "instagram", PersonUsage.State.DRAFT, Purpose.PHOTO));
    long w = withdrawals.withdraw(marketing, consent, "E-mail from the parent on 1 March");
    var tasks = withdrawals.tasksOf(w);
    assertThat(tasks).hasSize(4);
    assertThat(tasks).allSatisfy(t -> assertThat(t.deadline()).isEqualTo(NOW.plus(Duration.ofDays(2))));
    assertThat(usages.takenDown).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(tasks).filteredOn(Takedown::open).extracting(Takedown::ref).containsExactly("2");
    Takedown manual = tasks.stream().filter(t -> t.ref().equals("2")).findFirst().orElseThrow();
    assertThat(manual.note()).contains("take it down there");
    assertThat(register.judge(mia, "instagram", Purpose.PHOTO, NOW).valid()).isFalse();

    assertThatThrownBy(() -> withdrawals.complete(staff, manual.id(), null)).hasMessageContaining("Only the account's managers");
    withdrawals.complete(marketing, manual.id(), "Deleted on Instagram");
    assertThat(withdrawals.tasksOf(w)).noneMatch(Takedown::open);
    assertThatThrownBy(() -> withdrawals.complete(marketing, manual.id(), null)).isInstanceOf(IllegalTransition.class)
        .hasMessage("This takedown is done already");
    var view = recording.of(marketing, mia);
    assertThat(view.withdrawals()).singleElement().satisfies(x -> assertThat(x.done()).isTrue());
    assertThat(view.history()).extracting(HistoryEntry::action).contains("withdrawn", "takedowns-opened",
        "taken-down", "withdrawal-confirmed");
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'consent.withdrawal-done' and object_id = ?")
        .param(Long.toString(w)).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @Clause("SAF-2")
  void aLimitTakesDownOnlyWhatItNoLongerAllowsAndAFailedDeletionIsRetried() {
    long alex = person("Alex", PersonKind.LEARNER, LocalDate.of(2000, 1, 1), Role.LEARNER);
    var sent = links.send(marketing, alex, new ConsentLinks.LinkRequest("person", null, null));
    String token = sent.linkToHandOver().substring(sent.linkToHandOver().lastIndexOf('/') + 1);
    give(alex, "person", List.of(), List.of("photo", "video", "name"), null);
    usages.outcomes.put("bluesky", TakedownOutcome.DELETED);
    usages.failing = true;
    usages.add(alex, use("10", "bluesky", PersonUsage.State.PUBLISHED, Purpose.VIDEO));
    usages.add(alex, use("11", "bluesky", PersonUsage.State.PUBLISHED, Purpose.PHOTO));
    var done = links.answer(token, new ConsentLinks.Answer("give", List.of(), List.of("photo", "name"), null, true));
    assertThat(done.takedowns()).isEqualTo(1);
    Long w = jdbc.sql("select max(id) from consent_withdrawals where person_id = ?").param(alex).query(Long.class).single();
    Takedown t = withdrawals.tasksOf(w).get(0);
    assertThat(t.ref()).isEqualTo("10");
    assertThat(t.open()).isTrue();
    assertThat(t.note()).contains("Automatic deletion failed");
    usages.failing = false;
    withdrawals.retryFailed();
    assertThat(withdrawals.tasksOf(w).get(0).open()).isFalse();
    assertThat(register.judge(alex, "bluesky", Purpose.PHOTO, NOW).valid()).isTrue();
  }

  @Test
  @Clause("SAF-2")
  void twoWithdrawalsAtOnceEndTheConsentOnceAndTheSecondIsToldSo() throws Exception {
    long mia = learner(LocalDate.of(2009, 3, 10));
    long consent = give(mia, "guardian", List.of(), List.of("photo"), null);
    usages.add(mia, use("20", "instagram", PersonUsage.State.PUBLISHED, Purpose.PHOTO));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Callable<String> c = () -> {
        start.await();
        try {
          withdrawals.withdraw(marketing, consent, "Phone call");
          return "withdrawn";
        } catch (IllegalTransition e) {
          return e.getMessage();
        } catch (RuntimeException e) {
          // Two writers on one row: the database may refuse the loser outright; it wrote nothing.
          return "refused by the database";
        }
      };
      results.add(pool.submit(c));
    }
    start.countDown();
    List<String> answers = new ArrayList<>();
    for (var f : results) {
      answers.add(f.get());
    }
    pool.shutdown();
    assertThat(answers).containsOnlyOnce("withdrawn");
    assertThat(jdbc.sql("select count(*) from consent_withdrawals where person_id = ?").param(mia)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from consent_takedowns where person_id = ?").param(mia)
        .query(Long.class).single()).isEqualTo(1);
    assertThatThrownBy(() -> withdrawals.withdraw(marketing, consent, "Again"))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("already been withdrawn");
  }

  @Test
  @Clause("SAF-2")
  void anOverdueTakedownIsEscalatedToMarketing() {
    long mia = learner(LocalDate.of(2009, 3, 10));
    long consent = give(mia, "guardian", List.of(), List.of("photo"), null);
    usages.add(mia, use("30", "instagram", PersonUsage.State.PUBLISHED, Purpose.PHOTO));
    long w = withdrawals.withdraw(marketing, consent, "Letter");
    assertThat(withdrawals.escalateOverdue()).isZero();
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    assertThat(withdrawals.escalateOverdue()).isPositive(); // other tests' tasks share the database
    assertThat(withdrawals.tasksOf(w).get(0).status()).isEqualTo(Takedown.Status.ESCALATED);
    assertThat(notifications.latest(marketing.personId(), 10)).anySatisfy(n ->
        assertThat(n.message()).isEqualTo("A takedown is overdue: take it over"));
    assertThat(withdrawals.escalateOverdue()).isZero();
  }

  // --- deadlines

  @Test
  @Clause("SAF-3")
  void consentEndingSoonAndLearnersTurning18CreateTasksBeforeTheyBiteOnce() {
    long ella = learner(LocalDate.of(2008, 3, 20)); // 18 on 20 March 2026
    give(ella, "guardian", List.of(), List.of("photo"), null);
    long alex = person("Alex", PersonKind.STAFF, LocalDate.of(1990, 1, 1), Role.STAFF);
    give(alex, "person", List.of(), List.of("photo"), LocalDate.of(2026, 3, 20));
    long later = person("Later", PersonKind.STAFF, LocalDate.of(1990, 1, 1), Role.STAFF);
    give(later, "person", List.of(), List.of("photo"), LocalDate.of(2026, 9, 1));
    var upcoming = deadlines.upcoming();
    assertThat(upcoming).anySatisfy(d -> {
      assertThat(d.personId()).isEqualTo(ella);
      assertThat(d.text()).contains("turns 18 on 20 March 2026").contains("their own consent");
    });
    assertThat(upcoming).anySatisfy(d -> {
      assertThat(d.personId()).isEqualTo(alex);
      assertThat(d.text()).contains("Renew the consent").contains("ends on 20 March 2026");
    });
    assertThat(upcoming).noneMatch(d -> d.personId() == later);
    int first = deadlines.remind();
    assertThat(first).isGreaterThanOrEqualTo(2);
    assertThat(deadlines.remind()).isZero();
    assertThat(notifications.latest(marketing.personId(), 50)).anySatisfy(n ->
        assertThat(n.message()).contains("turns 18 on 20 March 2026"));
  }
}
