package org.steward.app.accounts;

import org.steward.app.web.RecentSignInRequired;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.People;
import org.steward.app.people.PeopleService;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;
import org.steward.engine.Clause;

/**
 * The official accounts workflow through {@link AccountService}, once on H2 and once on
 * PostgreSQL (subclasses). Each test builds its own organisation in a fresh database.
 */
@Import(AccountTestConfig.class)
abstract class AccountWorkflowTests {
  static final String PROPS_KEY = "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @Autowired AccountActivity activity;
  @Autowired AccountClosing closing;
  @Autowired AccountManagers managers;
  @Autowired AccountRegistry registry;
  @Autowired AccountRequests requests;
  @Autowired AccountSecrets secrets;
  @Autowired OrganisationService organisation;
  @Autowired PeopleService peopleService;
  @Autowired People people;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired org.steward.app.notifications.Notifications notifications;


  AccountFixture f;
  long auditStart;

  @BeforeEach
  void organisation() {
    clock.set(Instant.parse("2026-03-02T10:00:00Z"));
    f = AccountFixture.FIXTURES.computeIfAbsent(jdbc, k ->
        new AccountFixture(organisation, peopleService, people, encoder.encode("pw-Steward-2026")));
    AccountTables.empty(jdbc);
    auditStart = jdbc.sql("select coalesce(max(seq), 0) from audit_entries").query(Long.class).single();
  }

  long request(Actor who, String handle) {
    return requests.request(who, new AccountRequests.RequestDetails(
        AccountFixture.account(handle, f.creative), "cora", true));
  }

  long approved(String handle) {
    long id = request(f.staff, handle);
    requests.approve(f.headCreative, id, null);
    requests.approve(f.hodm, id, null);
    return id;
  }

  long active(String handle) {
    long id = approved(handle);
    secrets.setUp(f.marketing, id, new AccountSecrets.SetUp("creative.social@test.example",
        "correct horse battery staple", "1111-2222\n3333-4444", "tok_ABC123", null));
    return id;
  }

  List<String> auditActions(long accountId) {
    return jdbc.sql("select action from audit_entries where object_type = 'account' and object_id = ?"
            + " and seq > ? order by seq").params(Long.toString(accountId), auditStart)
        .query(String.class).list();
  }

  long refusals(Actor who) {
    return jdbc.sql("select count(*) from audit_entries where action = 'account.refused'"
            + " and actor_id = ? and seq > ?")
        .params(who.personId(), auditStart).query(Long.class).single();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  @Clause({"ACC-1", "ACC-4", "ACC-8"})
  void aRequestRegistersTheAccountWithPurposePlansAndManagers() {
    long id = request(f.staff, "@CreativeArts");
    var v = registry.view(f.staff, id);
    assertThat(v.account().status()).isEqualTo(AccountStatus.REQUESTED);
    assertThat(v.account().purpose()).contains("learners' work");
    assertThat(v.account().postingPlan()).contains("Two posts");
    assertThat(v.account().moderationPlan()).contains("remove abuse");
    assertThat(v.managers()).extracting(AccountManager::name)
        .containsExactlyInAnyOrder("Sam Tester", "Cora Tester");
    assertThat(v.managers()).filteredOn(m -> m.personId() == f.staff.personId())
        .singleElement().matches(AccountManager::platformAdmin);
    assertThat(auditActions(id)).containsExactly("account.requested");
  }

  @Test
  @Clause({"ACC-4", "ACC-7"})
  void aRequestWithoutPlansOrAStaffCoManagerIsRefusedWithEveryProblemAndNothingWritten() {
    NewAccount bare = new NewAccount(Platform.INSTAGRAM, "", null, "", f.creative, "", "",
        null, false, "", "", null, AccountStatus.REQUESTED);
    assertThatThrownBy(() -> requests.request(f.staff, new AccountRequests.RequestDetails(bare, "jamie", false)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field)
            .contains("handle", "name", "purpose", "audience", "visibility", "postingPlan",
                "moderationPlan", "coManager"));
    assertThat(jdbc.sql("select count(*) from accounts").query(Long.class).single()).isZero();
  }

  @Test
  @Clause("ACC-1")
  void aHandleIsUniquePerPlatformIgnoringCaseAndTheAtSign() {
    request(f.staff, "@CreativeArts");
    assertThatThrownBy(() -> request(f.staff, "creativearts"))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("handle"));
    NewAccount otherPlatform = new NewAccount(Platform.TIKTOK, "@CreativeArts", null, "Creative on TikTok",
        f.creative, "p", "a", Visibility.PUBLIC, false, "p", "m", null, AccountStatus.REQUESTED);
    assertThat(requests.request(f.staff, new AccountRequests.RequestDetails(otherPlatform, "cora", false)))
        .isPositive();
  }

  @Test
  @Clause("ACC-9")
  void aTeachingGroupMustBePrivateOrAClosedGroup() {
    NewAccount open = new NewAccount(Platform.FACEBOOK, "level3-art", null, "Level 3 Art group",
        f.creative, "Course group", "Level 3 learners", Visibility.PUBLIC, true, "p", "m", null,
        AccountStatus.REQUESTED);
    assertThatThrownBy(() -> requests.request(f.staff, new AccountRequests.RequestDetails(open, "cora", false)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("visibility"));
    NewAccount closed = new NewAccount(Platform.FACEBOOK, "level3-art", null, "Level 3 Art group",
        f.creative, "Course group", "Level 3 learners", Visibility.CLOSED_GROUP, true, "p", "m", null,
        AccountStatus.REQUESTED);
    long id = requests.request(f.staff, new AccountRequests.RequestDetails(closed, "cora", false));
    assertThat(registry.view(f.staff, id).account().visibility()).isEqualTo(Visibility.CLOSED_GROUP);
  }

  @Test
  @Clause("ACC-2")
  void bothApprovalsAreNeededInEitherOrder() {
    long first = request(f.staff, "one");
    assertThat(requests.approve(f.headCreative, first, null)).isEqualTo(AccountStatus.REQUESTED);
    assertThat(requests.approve(f.hodm, first, "Fine")).isEqualTo(AccountStatus.APPROVED);

    long second = request(f.staff, "two");
    assertThat(requests.approve(f.hodm, second, null)).isEqualTo(AccountStatus.REQUESTED);
    assertThat(registry.view(f.staff, second).account().status()).isEqualTo(AccountStatus.REQUESTED);
    assertThat(requests.approve(f.headCreative, second, null)).isEqualTo(AccountStatus.APPROVED);
    assertThat(auditActions(second)).containsExactly("account.requested",
        "account.approved-as-head-of-digital-marketing", "account.approved-as-head-of-unit",
        "account.approved");
  }

  @Test
  @Clause("ACC-2")
  void nobodyApprovesTheirOwnRequestAndTheAttemptIsAudited() {
    long id = requests.request(f.headCreative, new AccountRequests.RequestDetails(
        AccountFixture.account("heads-own", f.creative), "cora", false));
    assertThatThrownBy(() -> requests.approve(f.headCreative, id, null))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("own request");
    assertThat(auditActions(id)).containsExactly("account.requested", "account.refused");
    assertThat(registry.view(f.staff, id).approvals()).isEmpty();
  }

  @Test
  @Clause({"ACC-2", "ACC-6"})
  void aWrongRoleIsRefusedAndAudited() {
    long id = request(f.staff, "wrong-roles");
    assertThatThrownBy(() -> requests.approve(f.headConstruction, id, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> requests.approve(f.marketing, id, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> secrets.setUp(f.staff, id, new AccountSecrets.SetUp("a@b.cd",
        "long enough password", null, null, null))).isInstanceOf(AccessDeniedException.class);
    assertThat(refusals(f.headConstruction)).isEqualTo(1);
    assertThat(refusals(f.marketing)).isEqualTo(1);
    assertThat(refusals(f.staff)).isEqualTo(1);
    assertThat(registry.view(f.staff, id).account().status()).isEqualTo(AccountStatus.REQUESTED);
  }

  @Test
  @Clause("ACC-2")
  void oneApproverCannotGiveBothApprovals() {
    Actor both = new Actor(f.hodm.personId(), "Helen", List.of(RoleGrant.of(Role.HEAD_OF_DIGITAL_MARKETING),
        new RoleGrant(Role.HEAD_OF_UNIT, f.creative)));
    long id = request(f.staff, "double");
    requests.approve(both, id, null);
    assertThatThrownBy(() -> requests.approve(both, id, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("someone else");
  }

  @Test
  @Clause("ACC-2")
  void aRefusalNeedsAReasonAndFreesTheHandle() {
    long id = request(f.staff, "refused");
    assertThatThrownBy(() -> requests.reject(f.hodm, id, " "))
        .isInstanceOf(InvalidInput.class);
    requests.reject(f.hodm, id, "We already have @CreativeArts");
    var a = registry.view(f.staff, id).account();
    assertThat(a.status()).isEqualTo(AccountStatus.REJECTED);
    assertThat(a.rejectionReason()).isEqualTo("We already have @CreativeArts");
    assertThat(request(f.staff, "refused")).isNotEqualTo(id);
    assertThatThrownBy(() -> requests.approve(f.headCreative, id, null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @Clause("ACC-2")
  void twoApproversAtOnceEndInOneConsistentState() throws Exception {
    for (int round = 0; round < 5; round++) {
      long id = request(f.staff, "race-" + round);
      List<Object> outcomes = race(() -> requests.approve(f.headCreative, id, null),
          () -> requests.approve(f.hodm, id, null));
      assertThat(outcomes).as("both approvals succeed, serialised on the account row")
          .containsExactlyInAnyOrder(AccountStatus.REQUESTED, AccountStatus.APPROVED);
      assertThat(registry.view(f.staff, id).account().status()).isEqualTo(AccountStatus.APPROVED);
      assertThat(registry.view(f.staff, id).approvals()).hasSize(2);
      assertThat(auditActions(id)).filteredOn("account.approved"::equals).hasSize(1);
    }
  }

  @Test
  @Clause("ACC-2")
  void twoApprovalsInTheSameCapacityAtOnceLeaveExactlyOne() throws Exception {
    // Two heads of digital marketing press Approve at the same moment.
    Actor secondHead = new Actor(f.marketing.personId(), "Marcus",
        List.of(RoleGrant.of(Role.HEAD_OF_DIGITAL_MARKETING)));
    long id = request(f.staff, "same-capacity");
    List<Object> outcomes = race(() -> requests.approve(f.hodm, id, null),
        () -> requests.approve(secondHead, id, null));
    assertThat(outcomes).filteredOn(o -> o == AccountStatus.REQUESTED).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof IllegalStateException).hasSize(1);
    assertThat(registry.view(f.staff, id).approvals()).hasSize(1);
    assertThat(registry.view(f.staff, id).account().status()).isEqualTo(AccountStatus.REQUESTED);
  }

  @Test
  @Clause("ACC-1")
  void twoRequestsForTheSameHandleAtOnceRegisterOneAccount() throws Exception {
    List<Object> outcomes = race(() -> request(f.staff, "@SameMoment"),
        () -> requests.request(f.coManager, new AccountRequests.RequestDetails(
            AccountFixture.account("samemoment", f.creative), "sam", false)));
    assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof InvalidInput
        || o instanceof org.springframework.dao.DataIntegrityViolationException).hasSize(1);
    assertThat(jdbc.sql("select count(*) from accounts where handle_key = 'samemoment'")
        .query(Long.class).single()).isEqualTo(1);
  }

  private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> c : List.of(a, b)) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return c.call();
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> out = new ArrayList<>();
      for (Future<Object> fu : futures) {
        out.add(fu.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Clause("ACC-3")
  void approversSeeSimilarAccountsBeforeDeciding() {
    long existing = active("@CandiCreativeArts");
    NewAccount other = new NewAccount(Platform.TIKTOK, "@BuildersOfTomorrow", null, "Construction news",
        f.construction, "News", "employers", Visibility.PUBLIC, false, "p", "m", null,
        AccountStatus.REQUESTED);
    long unrelated = requests.request(f.otherStaff, new AccountRequests.RequestDetails(other, "tom", false));
    long id = requests.request(f.staff, new AccountRequests.RequestDetails(new NewAccount(
        Platform.INSTAGRAM, "@CandiCreativeArt", null, "Creative Arts at CANDI", f.creative,
        "Show work", "prospective learners", Visibility.PUBLIC, false, "p", "m", null,
        AccountStatus.REQUESTED), "cora", false));
    var similar = registry.similar(id);
    assertThat(similar).extracting(s -> s.account().id()).contains(existing).doesNotContain(unrelated);
    assertThat(similar).filteredOn(s -> s.account().id() == existing).singleElement()
        .satisfies(s -> assertThat(s.reasons()).contains("Similar name", "Same unit", "Same platform"));
  }

  @Test
  @Clause({"ACC-5", "ACC-6"})
  void marketingSetsUpAndAStaffManagerRevealsWithAReasonAndEveryRevealIsAudited() {
    long id = active("vault-1");
    var v = registry.view(f.staff, id);
    assertThat(v.account().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(v.account().loginEmail()).isEqualTo("creative.social@test.example");
    assertThat(v.secrets()).extracting(SecretInfo::kind)
        .containsExactly("password", "recovery-codes", "token");
    // Stored encrypted: the plain password is nowhere in the table.
    assertThat(jdbc.sql("select count(*) from account_secrets where ciphertext like '%horse%'")
        .query(Long.class).single()).isZero();
    long passwordId = v.secrets().get(0).id();
    String plain = secrets.reveal(f.staff, id, passwordId, "Posting the open day photos",
        clock.instant().minusSeconds(60));
    assertThat(plain).isEqualTo("correct horse battery staple");
    assertThat(secrets.reveal(f.marketing, id, passwordId, "Checking after set-up", clock.instant()))
        .isEqualTo(plain);
    var reveals = jdbc.sql("select actor_id, reason from audit_entries where action = 'account.secret-revealed'"
        + " and object_id = ? order by seq").param(id + "/" + passwordId)
        .query((rs, i) -> rs.getLong(1) + ":" + rs.getString(2)).list();
    assertThat(reveals).containsExactly(f.staff.personId() + ":Posting the open day photos",
        f.marketing.personId() + ":Checking after set-up");
  }

  @Test
  @Clause("ACC-6")
  void learnersNeverRevealWhateverOtherRolesTheyHold() {
    long id = active("vault-2");
    long secret = registry.view(f.staff, id).secrets().get(0).id();
    Actor learnerInMarketing = new Actor(f.learner.personId(), "Jamie",
        List.of(RoleGrant.of(Role.LEARNER), RoleGrant.of(Role.MARKETING)));
    assertThatThrownBy(() -> secrets.reveal(learnerInMarketing, id, secret, "curious", clock.instant()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Learners never");
    // A learner who helps run the account (PER-8) cannot reveal either.
    managers.addManager(f.staff, id, "jamie", true);
    assertThat(registry.view(f.staff, id).managers()).filteredOn(m -> m.personId() == f.learner.personId())
        .singleElement().matches(AccountManager::helper).matches(m -> !m.platformAdmin());
    assertThatThrownBy(() -> secrets.reveal(f.learner, id, secret, "helping", clock.instant()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(refusals(f.learner)).isEqualTo(2);
    assertThat(secrets.mayReveal(f.learner, id)).isFalse();
  }

  @Test
  @Clause("ACC-6")
  void staffWhoDoNotManageTheAccountCannotReveal() {
    long id = active("vault-3");
    long secret = registry.view(f.staff, id).secrets().get(0).id();
    assertThatThrownBy(() -> secrets.reveal(f.otherStaff, id, secret, "why not", clock.instant()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> secrets.reveal(f.hr, id, secret, "HR", clock.instant()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(refusals(f.otherStaff)).isEqualTo(1);
  }

  @Test
  @Clause("ACC-6")
  void aRevealNeedsARecentSignInAndAReason() {
    long id = active("vault-4");
    long secret = registry.view(f.staff, id).secrets().get(0).id();
    assertThatThrownBy(() -> secrets.reveal(f.staff, id, secret, "reason", null))
        .isInstanceOf(RecentSignInRequired.class);
    Instant signedIn = clock.instant();
    clock.advance(Duration.ofMinutes(16));
    assertThatThrownBy(() -> secrets.reveal(f.staff, id, secret, "reason", signedIn))
        .isInstanceOf(RecentSignInRequired.class);
    assertThatThrownBy(() -> secrets.reveal(f.staff, id, secret, " ", clock.instant()))
        .isInstanceOf(InvalidInput.class);
    assertThat(jdbc.sql("select count(*) from audit_entries where action = 'account.secret-revealed'"
        + " and seq > ?").param(auditStart).query(Long.class).single()).isZero();
  }

  @Test
  @Clause({"ACC-6", "ACC-7"})
  void whenAManagerLeavesMarketingIsAskedToChangeThePasswordUntilItIsDone() {
    long id = active("rotate");
    managers.removeManager(f.marketing, id, f.coManager.personId(), "Left the college");
    var v = registry.view(f.staff, id);
    assertThat(v.tasks()).singleElement().matches(AccountTask::open)
        .matches(t -> t.kind().equals(AccountTask.ROTATE_PASSWORD));
    assertThat(v.tooFewManagers()).isTrue();
    assertThat(registry.attention(f.marketing).passwordsToChange()).isEqualTo(1);
    String before = jdbc.sql("select ciphertext from account_secrets where account_id = ? and kind = 'password'")
        .param(id).query(String.class).single();
    secrets.replacePassword(f.marketing, id, "a brand new long password");
    v = registry.view(f.staff, id);
    assertThat(v.tasks()).singleElement().matches(t -> !t.open());
    assertThat(secrets.reveal(f.staff, id, v.secrets().stream().filter(s -> s.kind().equals("password"))
        .findFirst().orElseThrow().id(), "check", clock.instant())).isEqualTo("a brand new long password");
    assertThat(jdbc.sql("select count(*) from account_secrets where account_id = ? and ciphertext = ?"
        + " and retired_at is not null").params(id, before).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  @Clause({"ACC-6", "ACC-7"})
  void someoneWhoLeavesIsTakenOffEveryAccountAndEachPasswordIsToBeChanged() {
    long one = active("leaver-1");
    long two = active("leaver-2");
    long waiting = request(f.staff, "leaver-3");
    assertThatThrownBy(() -> managers.personLeft(f.otherStaff, f.coManager.personId(), "left"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(managers.personLeft(f.hr, f.coManager.personId(), "Left the college"))
        .containsExactlyInAnyOrder(one, two, waiting);
    for (long id : List.of(one, two)) {
      var v = registry.view(f.marketing, id);
      assertThat(v.managers()).extracting(AccountManager::personId).doesNotContain(f.coManager.personId());
      assertThat(v.tasks()).singleElement().matches(t -> t.open() && t.kind().equals(AccountTask.ROTATE_PASSWORD));
      assertThat(v.tooFewManagers()).isTrue();
    }
    assertThat(registry.view(f.marketing, waiting).tasks()).isEmpty(); // no secrets yet
    assertThat(registry.attention(f.marketing).passwordsToChange()).isEqualTo(2);
  }

  @Test
  @Clause({"ACC-6", "ACC-7"})
  void markingSomeoneAsLeftInTheDirectoryTakesThemOffEveryAccountInTheSameTransaction() {
    long one = active("gone-1");
    long person = f.coManager.personId();
    assertThatThrownBy(() -> peopleService.markLeft(f.staff, person, "left"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> peopleService.markLeft(f.hr, person, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(people.findById(person).orElseThrow().enabled()).isTrue();

    peopleService.markLeft(f.hr, person, "Left the college on 31 July");

    assertThat(people.findById(person).orElseThrow().enabled()).isFalse();
    var v = registry.view(f.marketing, one);
    assertThat(v.managers()).extracting(AccountManager::personId).doesNotContain(person);
    assertThat(v.tasks()).anyMatch(t -> t.open() && t.kind().equals(AccountTask.ROTATE_PASSWORD));
    assertThatThrownBy(() -> peopleService.markLeft(f.hr, person, "again"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Clause("ACC-7")
  void anAccountWithFewerThanTwoStaffManagersIsFlaggedOnItsPageTheDashboardAndToMarketing() {
    long id = active("few");
    assertThat(registry.view(f.staff, id).tooFewManagers()).isFalse();
    managers.removeManager(f.staff, id, f.coManager.personId(), null);
    managers.addManager(f.staff, id, "jamie", false); // a learner helps but does not count
    assertThat(registry.view(f.staff, id).staffManagers()).isEqualTo(1);
    assertThat(registry.view(f.staff, id).tooFewManagers()).isTrue();
    assertThat(registry.tooFewManagers()).extracting(Account::id).contains(id);
    assertThat(registry.attention(f.marketing).tooFewManagers()).extracting(Account::id).contains(id);
    assertThat(registry.attention(f.staff).tooFewManagers()).extracting(Account::id).contains(id);
    assertThat(registry.attention(f.otherStaff).tooFewManagers()).isEmpty();
    assertThat(notifications.latest(f.marketing.personId(), 20)).extracting(n -> n.message())
        .contains("An account has fewer than 2 staff managers");
  }

  @Test
  @Clause({"PER-8", "ACC-6"})
  void aTutorAsksOnBehalfOfALearnerWhoHelpsButIsNeverAManager() {
    NewAccount n = new NewAccount(Platform.INSTAGRAM, "@BrickworkClub", null, "Brickwork club",
        f.construction, "Share the club's projects", "club members", Visibility.PRIVATE, false,
        "Weekly", "The tutor checks daily", f.learner.personId(), AccountStatus.REQUESTED);
    long id = requests.request(f.tutor, new AccountRequests.RequestDetails(n, "olu", false));
    var v = registry.view(f.tutor, id);
    assertThat(v.account().onBehalfOf()).isEqualTo(f.learner.personId());
    assertThat(v.managers()).filteredOn(AccountManager::helper).extracting(AccountManager::personId)
        .containsExactly(f.learner.personId());
    assertThat(v.staffManagers()).isEqualTo(2);
    assertThat(auditActions(id)).containsExactly("account.requested-for-learner");
    // Only a tutor may ask for a learner.
    NewAccount n2 = new NewAccount(Platform.TIKTOK, "@x", null, "X", f.construction, "p", "a",
        Visibility.PRIVATE, false, "p", "m", f.learner.personId(), AccountStatus.REQUESTED);
    assertThatThrownBy(() -> requests.request(f.otherStaff, new AccountRequests.RequestDetails(n2, "tom", false)))
        .isInstanceOf(AccessDeniedException.class);
    // A learner cannot ask at all: they ask their tutor.
    assertThatThrownBy(() -> requests.request(f.learner, new AccountRequests.RequestDetails(n2, "tom", false)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @Clause({"ACC-13"})
  void aQuietAccountBecomesDormantAfterTheConfiguredPeriodWithATaskAndIsClosedThroughItsChecklist() {
    long id = active("quiet");
    activity.recordPost(f.staff, id, clock.instant());
    clock.advance(Duration.ofDays(89));
    assertThat(activity.markDormant()).isEmpty();
    clock.advance(Duration.ofDays(2));
    assertThat(activity.markDormant()).containsExactly(id);
    var v = registry.view(f.staff, id);
    assertThat(v.account().status()).isEqualTo(AccountStatus.DORMANT);
    assertThat(v.tasks()).singleElement().matches(t -> t.kind().equals(AccountTask.CLOSE_OR_JUSTIFY));
    assertThat(registry.attention(f.marketing).dormant()).extracting(Account::id).contains(id);
    assertThat(activity.markDormant()).isEmpty();

    closing.startClosing(f.staff, id, "The course has ended");
    assertThatThrownBy(() -> closing.close(f.marketing, id)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("checklist");
    closing.updateChecklist(f.marketing, id, true, true, true);
    assertThat(registry.view(f.staff, id).secrets()).isEmpty();
    closing.close(f.marketing, id);
    assertThat(registry.view(f.staff, id).account().status()).isEqualTo(AccountStatus.CLOSED);
    assertThatThrownBy(() -> closing.startClosing(f.marketing, id, "again"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(auditActions(id)).contains("account.dormant", "account.closing",
        "account.checklist-updated", "account.closed");
  }

  @Test
  @Clause("ACC-13")
  void aDormantAccountCanBeJustifiedOrWokenByANewPost() {
    long a = active("justify");
    long b = active("wake");
    clock.advance(Duration.ofDays(91));
    assertThat(activity.markDormant()).containsExactlyInAnyOrder(a, b);
    assertThatThrownBy(() -> activity.justify(f.staff, a, "")).isInstanceOf(InvalidInput.class);
    activity.justify(f.staff, a, "Used for enrolment in August");
    activity.recordPost(f.staff, b, clock.instant());
    assertThat(registry.view(f.staff, a).account().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(registry.view(f.staff, b).account().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(registry.view(f.staff, a).tasks()).allMatch(t -> !t.open());
    clock.advance(Duration.ofDays(1));
    assertThat(activity.markDormant()).isEmpty();
  }

  @Test
  @Clause("ACC-12")
  void marketingSuspendsForABreachWhichOpensAnInvestigation() {
    long id = active("breach");
    assertThatThrownBy(() -> closing.suspend(f.staff, id, "x")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> closing.suspend(f.marketing, id, "")).isInstanceOf(InvalidInput.class);
    long inv = closing.suspend(f.marketing, id, "Posted a learner's photo without consent");
    var v = registry.view(f.marketing, id);
    assertThat(v.account().status()).isEqualTo(AccountStatus.SUSPENDED);
    assertThat(v.investigations()).singleElement().matches(i -> i.id() == inv && i.status().equals("open"));
    assertThat(registry.attention(f.hodm).suspended()).extracting(Account::id).contains(id);
    assertThatThrownBy(() -> activity.recordPost(f.staff, id, clock.instant()))
        .isInstanceOf(IllegalStateException.class);
    closing.reinstate(f.marketing, id, "Photo removed; consent now recorded");
    assertThat(registry.view(f.marketing, id).account().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(registry.view(f.marketing, id).investigations()).singleElement()
        .matches(i -> i.status().equals("closed"));
  }

  @Test
  @Clause("ACC-14")
  void theActivityPageRanksAccountsAndNamesConsolidationCandidates() {
    long busy = active("busy");
    long quiet = active("quiet-one");
    NewAccount elsewhere = new NewAccount(Platform.X, "@BuildNews", null, "Build news", f.construction,
        "News", "employers", Visibility.PUBLIC, false, "p", "m", null, AccountStatus.REQUESTED);
    long other = requests.request(f.otherStaff, new AccountRequests.RequestDetails(elsewhere, "tom", false));
    requests.approve(f.headConstruction, other, null);
    requests.approve(f.hodm, other, null);
    secrets.setUp(f.marketing, other, new AccountSecrets.SetUp("b@test.example", "long password 123", null, null, null));
    for (int i = 0; i < 9; i++) {
      activity.recordPost(f.staff, busy, clock.instant().minus(Duration.ofDays(i * 5L)));
    }
    activity.recordPost(f.staff, quiet, clock.instant().minus(Duration.ofDays(40)));
    var rows = activity.activity();
    assertThat(rows.get(0).account().id()).isEqualTo(busy);
    assertThat(rows.get(0).postsPerMonth()).isEqualTo(3.0);
    assertThat(rows.get(0).staffManagers()).isEqualTo(2);
    var candidates = activity.consolidationCandidates();
    assertThat(candidates).singleElement().satisfies(c -> assertThat(c.accounts())
        .extracting(Account::id).containsExactlyInAnyOrder(busy, quiet));
  }

  @Test
  @Clause("ACC-5")
  void setUpNeedsAnEmailAndAStrongPasswordAndOnlyAfterBothApprovals() {
    long id = request(f.staff, "early");
    assertThatThrownBy(() -> secrets.setUp(f.marketing, id, new AccountSecrets.SetUp("a@b.cd",
        "long enough password", null, null, null))).isInstanceOf(IllegalStateException.class);
    requests.approve(f.headCreative, id, null);
    requests.approve(f.hodm, id, null);
    assertThatThrownBy(() -> secrets.setUp(f.marketing, id, new AccountSecrets.SetUp("nope",
        "short", null, null, null))).isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("loginEmail", "password"));
    assertThat(jdbc.sql("select count(*) from account_secrets where account_id = ?").param(id)
        .query(Long.class).single()).isZero();
  }
}
