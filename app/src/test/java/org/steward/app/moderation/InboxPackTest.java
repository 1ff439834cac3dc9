package org.steward.app.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.RemotePost;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.UnitKind;
import org.steward.app.policies.TestPacks;
import org.springframework.context.ApplicationContext;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.engine.Clause;

/**
 * The inbox follows the pack in force for the account's unit: its {@code inbox.*} targets and
 * working time, and for a staff reply the posts' check and approvers (a reply the pack sends for a
 * review waits for an approver who did not write it). A pack with a broken {@code inbox.*} setting
 * is refused at the setting's line.
 */
@SpringBootTest(properties = {"steward.demo-data=true", InboxTests.PROPS_KEY, "db-scheduler.enabled=false"})
@Import(AccountTestConfig.class)
class InboxPackTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PeopleService people;
  @Autowired OrganisationService organisation;
  @Autowired ApplicationContext context;
  @Autowired AccountPosting accounts;
  @Autowired InboxArrival arrival;
  @Autowired InboxModeration moderation;
  @Autowired InboxViews views;
  @Autowired InboxItems items;
  @Autowired InboxWork work;
  @Autowired InboxFigures figures;
  @Autowired MutableClock clock;

  InboxFixture fixture;
  long account;
  String code;

  static String pack(String id, String unit, String settings) {
    return """
        pack: %s
        version: "1"
        title: Inbox test policy
        owner: Marketing
        approved: { by: Board, on: 2026-06-30 }
        review-by: 2027-06-30
        audience: [staff, learner]
        units: [%s]
        clauses:
          "1": { section: "1", kind: check, text: "Keep other people's contact details private." }
          "2": { section: "2", kind: flow, text: "Answer every comment within the working hours." }
        rules:
          - { id: it.contact-details, clause: "1", when: { detector: pii }, action: review, say: "Remove other people's contact details." }
        settings:
        %s
        """.formatted(id, unit, settings.indent(2).stripTrailing());
  }

  @BeforeEach
  void setUp() {
    // A Tuesday, 10:00 in London.
    clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(LONDON).toInstant());
    fixture = new InboxFixture(jdbc, vault, transactions, people);
    String k = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    code = "INBOX-" + k;
    long unit = organisation.addUnit(Actor.SYSTEM, null, code, "Inbox school " + k, UnitKind.SCHOOL);
    String id = "inbox-test-" + k.toLowerCase();
    TestPacks.publish(context, fixture.actor("admin"), pack(id, code, """
        inbox.first-response: PT1H
        inbox.marketing-after: PT2H
        inbox.working-days: [TUESDAY, WEDNESDAY]
        inbox.working-hours: "08:00-10:30"
        inbox.bank-holidays: [2026-12-02]
        """), id + ".yaml");
    account = fixture.account(unit, "instagram", "Inbox pack " + k, "inboxpack" + k.toLowerCase(),
        "https://www.instagram.com/inboxpack", null, clock.instant(), "staff");
  }

  InboxItem arrive(String text) {
    String id = "p" + System.nanoTime();
    return arrival.arrive(accounts.find(account).orElseThrow(), new RemotePost("instagram",
        "https://www.instagram.com/p/" + id, URI.create("https://www.instagram.com/p/" + id), text, clock.instant(),
        "someone", null, null, List.of())).orElseThrow();
  }

  @Test
  @Clause("SAF-7")
  void theTargetAndTheWorkingTimeAreThePacksForTheAccountsUnit() {
    InboxItem item = arrive("Is the library open over the holidays?");
    // PT1H from Tuesday 10:00: 30 minutes left that day (08:00-10:30); Wednesday is the pack's bank
    // holiday and Thursday to Monday are not its working days, so the rest falls on next Tuesday.
    assertThat(item.dueAt()).isEqualTo(LocalDateTime.parse("2026-12-08T08:30").atZone(LONDON).toInstant());
    clock.advance(Duration.ofMinutes(10));
    moderation.resolve(fixture.actor("staff"), item.id(), "Answered by phone");
    assertThat(figures.figures(List.of(account)).get(0).target()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aBrokenInboxSettingIsRefusedAtItsLineAndNothingIsStored() {
    String id = "inbox-broken-" + UUID.randomUUID().toString().substring(0, 8);
    long before = jdbc.sql("select count(*) from policy_versions").query(Long.class).single();
    assertThatThrownBy(() -> TestPacks.publish(context, fixture.actor("admin"), pack(id, code, """
        inbox.working-days: [MONDAY, FUNDAY]
        inbox.working-hours: "5pm till 9"
        inbox.bank-holidays: [christmas]
        """), id + ".yaml")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
        .extracting(p -> p.field() + ": " + p.message())
        .contains("settings.inbox.working-days: 'FUNDAY' is not a day; days are MONDAY to SUNDAY.",
            "settings.inbox.working-hours: Write the working hours as HH:MM-HH:MM, the end after the start, such as 09:00-17:00.",
            "settings.inbox.bank-holidays: 'christmas' is not a date such as 2026-12-25."));
    assertThat(jdbc.sql("select count(*) from policy_versions").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  @Clause("SAF-8")
  void aReplyThePackSendsForAReviewWaitsForAnApproverWhoDidNotWriteIt() {
    Actor staff = fixture.actor("staff");
    Actor marketing = fixture.actor("marketing");
    InboxItem item = arrive("Who do I speak to about my son's application?");
    var replied = moderation.reply(staff, item.id(), "Please call Jo in admissions on 07700 900123.");
    assertThat(replied.waiting()).isTrue();
    assertThat(replied.sent()).isFalse();
    assertThat(replied.reasons()).contains("the check asks for a review (1)");
    assertThat(items.find(item.id()).orElseThrow().firstResponseAt()).isNull();
    // Nothing else goes out while it waits; its author cannot approve it, nor can someone who is not an approver.
    assertThatThrownBy(() -> moderation.reply(staff, item.id(), "Thanks for asking!"))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> moderation.approveReply(staff, item.id())).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> moderation.approveReply(fixture.actor("hr"), item.id())).isInstanceOf(AuditedRefusal.class);
    assertThat(work.waitingFor(marketing)).anySatisfy(w -> assertThat(w.link()).isEqualTo("/moderation/items/" + item.id()));
    assertThat(work.waitingFor(staff)).noneSatisfy(w -> assertThat(w.text()).contains("waits for your approval"));
    assertThat(views.detail(marketing, item.id()).canApprove()).isTrue();
    assertThat(views.detail(staff, item.id()).canApprove()).isFalse();
    // Returned with a note: it does not go out; then a new reply, approved by marketing, does.
    assertThatThrownBy(() -> moderation.returnReply(marketing, item.id(), " ")).isInstanceOf(InvalidInput.class);
    moderation.returnReply(marketing, item.id(), "Give the admissions e-mail, not Jo's mobile");
    assertThat(items.pending(item.id())).isEmpty();
    moderation.reply(staff, item.id(), "Please call Jo in admissions on 07700 900123, or visit reception.");
    clock.advance(Duration.ofMinutes(5));
    var approved = moderation.approveReply(marketing, item.id());
    assertThat(approved.waiting()).isFalse();
    assertThat(items.pending(item.id())).isEmpty();
    assertThat(items.find(item.id()).orElseThrow().firstResponseAt()).isEqualTo(clock.instant());
    assertThat(items.history(item.id())).extracting(InboxItem.Event::action)
        .containsSubsequence("arrived", "reply-submitted", "reply-returned", "reply-submitted", "reply-approved");
    assertThat(work.waitingFor(marketing)).noneSatisfy(w -> assertThat(w.link()).isEqualTo("/moderation/items/" + item.id()));
  }

  @Test
  void aReplyWithoutFindingsGoesOutAtOnce() {
    InboxItem item = arrive("What time does the open evening start?");
    var replied = moderation.reply(fixture.actor("staff"), item.id(), "It starts at 6pm in the main hall. See you there!");
    assertThat(replied.waiting()).isFalse();
    assertThat(items.find(item.id()).orElseThrow().firstResponseAt()).isEqualTo(clock.instant());
    assertThat(items.pending(item.id())).isEmpty();
  }
}
