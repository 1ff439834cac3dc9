package org.steward.app.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.cases.CaseHandling;
import org.steward.app.cases.CaseType;
import org.steward.app.cases.Priority;
import org.steward.app.connectors.RemotePost;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * The inbox on H2 and PostgreSQL (subclasses): an item seen twice is one item; triage by the
 * engine's findings; criticism is never hidden and needs a reply; overdue alerts go to the
 * account's managers, then marketing; the figures; bad input changes nothing; others are refused.
 */
@Import(AccountTestConfig.class)
abstract class InboxTests {
  static final String PROPS_KEY = "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PeopleService people;
  @Autowired AccountPosting accounts;
  @Autowired InboxArrival arrival;
  @Autowired InboxModeration moderation;
  @Autowired InboxViews views;
  @Autowired InboxAlerts alerts;
  @Autowired InboxFigures figures;
  @Autowired InboxItems items;
  @Autowired MutableClock clock;
  @Autowired CaseHandling cases;

  InboxFixture fixture;
  long account;
  String name;
  Actor staff;

  @BeforeEach
  void setUp() {
    // A Tuesday morning in term time, so targets fall inside working hours.
    clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(LONDON).toInstant());
    fixture = new InboxFixture(jdbc, vault, transactions, people);
    name = "Inbox test " + System.nanoTime();
    account = fixture.account("instagram", name, "inboxtest" + System.nanoTime(),
        "https://www.instagram.com/inboxtest", null, clock.instant(), "staff");
    staff = fixture.actor("staff");
  }

  RemotePost post(String id, String author, String text) {
    return new RemotePost("instagram", "https://www.instagram.com/p/" + id, URI.create("https://www.instagram.com/p/" + id),
        text, clock.instant(), author, null, null, List.of());
  }

  InboxItem arrive(String text) {
    return arrival.arrive(accounts.find(account).orElseThrow(), post("p" + System.nanoTime(), "someone", text))
        .orElseThrow();
  }

  long notificationsOf(String username, String like) {
    return jdbc.sql("select count(*) from notifications where person_id = ? and message like ?")
        .params(fixture.personId(username), like).query(Long.class).single();
  }

  @Test
  void aReplySeenTwiceIsOneItem() {
    RemotePost p = post("twice", "parent.one", "Is there parking on site for the open evening?");
    var a = accounts.find(account).orElseThrow();
    assertThat(arrival.arrive(a, p)).isPresent();
    assertThat(arrival.arrive(a, p)).isEmpty();
    assertThat(jdbc.sql("select count(*) from inbox_items where account_id = ?").param(account).query(Long.class)
        .single()).isEqualTo(1);
  }

  @Test
  @Clause("SAF-8")
  void triageComesFromTheEngineAndCriticismIsNeverHidden() {
    InboxItem abuse = arrive("you are a pathetic loser and everyone hates you, nobody wants you here, just leave");
    InboxItem data = arrive("her number is 07700 900123 and she lives at 12 Acacia Avenue, N7 8DB");
    InboxItem complaint = arrive("I waited 40 minutes at reception and nobody could help me. Really disappointing.");
    assertThat(abuse.triage()).isEqualTo(Triage.ABUSE);
    assertThat(data.triage()).isEqualTo(Triage.PERSONAL_DATA);
    assertThat(complaint.triage()).isEqualTo(Triage.NEEDS_REPLY);
    assertThat(views.ofAccount(staff, account, true).rows()).extracting(r -> r.item().id())
        .containsExactly(abuse.id(), data.id(), complaint.id());
    assertThatThrownBy(() -> moderation.hide(staff, complaint.id())).isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("never hidden");
    assertThat(items.find(complaint.id()).orElseThrow().hiddenAt()).isNull();
    // The platform (Instagram here) does not let Steward hide: the manager is told to do it there.
    assertThatThrownBy(() -> moderation.hide(staff, abuse.id())).isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("on the platform");
    assertThat(notificationsOf("staff", "An abusive reply%")).isPositive();
  }

  @Test
  @Clause({"SAF-4", "SAF-6", "CON-5"})
  void aSafeguardingSignalOpensACaseForTheSafeguardingLeadAtOnceThroughCases() {
    Actor dsl = fixture.actor("dsl");
    long before = notificationsOf("dsl", "A new case (safeguarding)%");
    InboxItem item = arrive("honestly i want to kill myself, nothing is getting better");
    assertThat(item.triage()).isEqualTo(Triage.SAFEGUARDING);
    assertThat(item.escalatedAt()).isNotNull();
    assertThat(notificationsOf("dsl", "A new case (safeguarding)%")).isEqualTo(before + 1);
    var opened = cases.list(dsl, false).stream().filter(c -> "inbox".equals(c.source())).toList();
    var c = opened.stream().max(java.util.Comparator.comparing(CaseHandling.CaseSummary::id)).orElseThrow();
    assertThat(c.type()).isEqualTo(CaseType.SAFEGUARDING);
    assertThat(c.priority()).isEqualTo(Priority.URGENT);
    var view = cases.view(dsl, c.id());
    assertThat(view.evidence().text()).isEqualTo("honestly i want to kill myself, nothing is getting better");
    assertThat(view.evidence().where()).isEqualTo("inbox item " + item.id());
    assertThat(view.evidenceIntact()).isTrue();
    assertThat(view.accountId()).isEqualTo(account);
    assertThat(items.history(item.id())).extracting(InboxItem.Event::detail)
        .anyMatch(d -> d.contains(c.reference()) && d.contains("the designated safeguarding lead"));
    // Only the people it is routed to read it: not an administrator, not the account's own manager.
    assertThatThrownBy(() -> cases.view(fixture.actor("admin"), c.id())).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> cases.view(staff, c.id())).isInstanceOf(AuditedRefusal.class);
  }

  @Test
  @Clause({"SAF-4", "CON-5"})
  void supportForAProscribedGroupOpensARadicalisationCaseForTheSafeguardingLeadOnly() {
    InboxItem item = arrive("join National Action, they are the only ones fighting back");
    assertThat(item.triage()).isEqualTo(Triage.SAFEGUARDING);
    var c = cases.list(fixture.actor("dsl"), false).stream().filter(x -> "inbox".equals(x.source()))
        .max(java.util.Comparator.comparing(CaseHandling.CaseSummary::id)).orElseThrow();
    assertThat(c.type()).isEqualTo(CaseType.RADICALISATION);
    assertThat(cases.view(fixture.actor("dsl"), c.id()).prevent()).isNotNull();
  }

  @Test
  @Clause({"SAF-7", "SAF-5"})
  void overdueItemsAlertTheManagersThenMarketing() {
    InboxItem item = arrive("Can I still apply for the January start of the photography course?");
    assertThat(item.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
    long managerBefore = notificationsOf("staff", "%" + name + " is overdue for a response");
    long marketingBefore = notificationsOf("marketing", "%" + name + " is still waiting for a response");
    alerts.alertOverdue();
    assertThat(notificationsOf("staff", "%" + name + " is overdue for a response")).isEqualTo(managerBefore);
    clock.advance(Duration.ofHours(4).plusMinutes(1));
    alerts.alertOverdue();
    alerts.alertOverdue();
    assertThat(notificationsOf("staff", "%" + name + " is overdue for a response")).isEqualTo(managerBefore + 1);
    assertThat(notificationsOf("marketing", "%" + name + " is still waiting for a response")).isEqualTo(marketingBefore);
    assertThat(views.ofAccount(staff, account, true).rows().get(0).overdue()).isTrue();
    // Marketing hears after four more working hours: not at 16:59 on Tuesday, but at 10:01 on Wednesday.
    clock.advance(Duration.ofMinutes(178));
    alerts.alertOverdue();
    assertThat(notificationsOf("marketing", "%" + name + " is still waiting for a response")).isEqualTo(marketingBefore);
    clock.advance(Duration.ofHours(17).plusMinutes(2));
    alerts.alertOverdue();
    assertThat(notificationsOf("marketing", "%" + name + " is still waiting for a response")).isEqualTo(marketingBefore + 1);
  }

  @Test
  @Clause("SAF-7")
  void aComplaintAnsweredWithinTheTargetCountsInTheFigures() {
    InboxItem one = arrive("The canteen was closed again at lunchtime, which is not good enough.");
    InboxItem two = arrive("When does the art show open?");
    clock.advance(Duration.ofMinutes(30));
    moderation.resolve(staff, one.id(), "Answered by phone: the canteen reopens on Monday");
    clock.advance(Duration.ofMinutes(60));
    moderation.resolve(staff, two.id(), "Answered in person at reception");
    var rows = figures.figures(List.of(account));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).answered()).isEqualTo(2);
    assertThat(rows.get(0).median()).isEqualTo(Duration.ofMinutes(30));
    assertThat(rows.get(0).p90()).isEqualTo(Duration.ofMinutes(90));
    assertThat(items.find(one.id()).orElseThrow().firstResponseAt()).isBefore(one.dueAt());
  }

  @Test
  void badInputIsRefusedWithItsFieldAndChangesNothing() {
    InboxItem item = arrive("Why was my application rejected without any explanation?");
    int history = items.history(item.id()).size();
    assertThatThrownBy(() -> moderation.reply(staff, item.id(), "  "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("text"));
    assertThatThrownBy(() -> moderation.reply(staff, item.id(), "x".repeat(InboxModeration.MAX_REPLY + 1)))
        .isInstanceOf(InvalidInput.class);
    // Civil criticism is not closed silently: a reply first, or a reason.
    assertThatThrownBy(() -> moderation.resolve(staff, item.id(), ""))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("note"));
    assertThatThrownBy(() -> moderation.assign(staff, item.id(), fixture.personId("hr")))
        .isInstanceOf(InvalidInput.class);
    InboxItem after = items.find(item.id()).orElseThrow();
    assertThat(after.open()).isTrue();
    assertThat(after.firstResponseAt()).isNull();
    assertThat(after.assigneeId()).isNull();
    assertThat(items.history(item.id())).hasSize(history);
  }

  @Test
  @Clause("SAF-8")
  void anAbusiveReplyFromStaffNeverGoesOutUnapproved() {
    InboxItem item = arrive("Why was my application rejected without any explanation?");
    var replied = moderation.reply(staff, item.id(), "You are a pathetic loser, nobody wants you here");
    assertThat(replied.waiting()).isTrue();
    assertThat(replied.reasons()).contains("the check asks for a review");
    assertThat(items.find(item.id()).orElseThrow().firstResponseAt()).isNull();
    assertThat(items.pending(item.id())).isPresent();
  }

  @Test
  void aManualPlatformReplyIsCheckedAndRecordedAsTheFirstResponse() {
    InboxItem item = arrive("Do you run evening classes in ceramics?");
    var replied = moderation.reply(staff, item.id(), "Yes, on Tuesday evenings: details are on our website.");
    assertThat(replied.sent()).isFalse();
    assertThat(items.find(item.id()).orElseThrow().firstResponseAt()).isEqualTo(clock.instant());
    moderation.assign(staff, item.id(), fixture.personId("staff"));
    moderation.resolve(staff, item.id(), "");
    assertThat(items.history(item.id())).extracting(InboxItem.Event::action)
        .containsExactly("arrived", "reply-recorded", "assigned", "resolved");
    assertThatThrownBy(() -> moderation.resolve(staff, item.id(), "")).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void peopleWhoDoNotRunTheAccountAreRefused() {
    InboxItem item = arrive("Where do I send my portfolio?");
    assertThatThrownBy(() -> views.detail(fixture.actor("hr"), item.id())).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> moderation.reply(fixture.actor("tutor"), item.id(), "Hello"))
        .isInstanceOf(AuditedRefusal.class);
    assertThat(views.detail(fixture.actor("marketing"), item.id()).canAct()).isTrue();
    assertThat(views.combined(fixture.actor("marketing"), true).rows()).extracting(r -> r.item().id())
        .contains(item.id());
    assertThat(views.combined(fixture.actor("hr"), true).rows()).isEmpty();
  }
}
