package org.steward.app.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.accounts.AccountStatus;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * Demo cases, one or more for each role cases are routed to, so each sees their own on the first
 * start: an anonymous report of bullying with the safeguarding lead's reply (its receipt code is
 * {@link #RECEIPT}, README), a radicalisation concern with its Prevent fields, a personal-data
 * breach on its 72-hour clock, a conduct report for HR and two account breaches for marketing.
 */
@Component
@Order(40)
class DemoCases implements DemoContributor {
  /** The demo report's receipt code (demo data only; real codes are random). */
  static final String RECEIPT = "20261201000000000013";

  private final Reports reports;
  private final Concerns concerns;
  private final CaseHandling cases;
  private final CaseStore store;
  private final PeopleService people;
  private final AccountRegistry accounts;
  private final Clock clock;

  DemoCases(Reports reports, Concerns concerns, CaseHandling cases, CaseStore store, PeopleService people,
      AccountRegistry accounts, Clock clock) {
    this.reports = reports;
    this.concerns = concerns;
    this.cases = cases;
    this.store = store;
    this.people = people;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public boolean alreadyLoaded() {
    return store.count() > 0;
  }

  @Override
  public void load() {
    Optional<Actor> dsl = actor("dsl");
    Optional<Actor> tutor = actor("tutor");
    Optional<Actor> staff = actor("staff");
    reports.submit(new Reports.ReportRequest("bullying", "comment",
        "Someone in my class keeps posting comments about me under the college's Instagram posts, calling me"
            + " names. It has happened every day this week.",
        "https://www.instagram.com/p/demo-open-evening/", true, null, null), Optional.empty(), RECEIPT);
    long bullying = store.byReceipt(Receipts.hash(RECEIPT)).orElseThrow().id();
    dsl.ifPresent(d -> {
      cases.triage(d, bullying, "high");
      cases.reply(d, bullying, "Thank you for telling us. We have hidden the comments and are speaking to the"
          + " learners involved. You can talk to the safeguarding team in confidence at any time.");
    });
    tutor.ifPresent(t -> {
      var raised = concerns.raise(t, new Concerns.StaffConcern("extremism", Subject.POST,
          "A learner shared a post praising a proscribed group in the class group chat and asked others to join.",
          Evidence.capture("they are the only ones fighting back, join them", "post", "", List.of(),
              clock.instant()), null));
      dsl.ifPresent(d -> cases.prevent(d, raised.caseId(),
          "Praise of a proscribed organisation and an invitation to join it.",
          "The learner's tutor saw it in the class group chat and raised it in Steward.",
          "A WhatsApp class group; the post was a screenshot from TikTok."));
    });
    reports.submit(new Reports.ReportRequest("personal-data", "post",
        "A post on the Construction school's Facebook page shows a spreadsheet of learners' names and phone"
            + " numbers in the background of a photo.",
        "https://www.facebook.com/demo-construction/posts/1", false, "A parent", "parent@example.org"),
        Optional.empty());
    staff.ifPresent(s -> concerns.raise(s, new Concerns.StaffConcern("conduct", Subject.CONDUCT,
        "A colleague posted about a disciplinary matter with a learner's first name on their personal account.",
        null, null)));
    reports.submit(new Reports.ReportRequest("impostor", "account",
        "An Instagram account called capitalcity_college_official is messaging applicants asking for a"
            + " deposit to hold their place.",
        "https://www.instagram.com/capitalcity_college_official/", true, null, null), Optional.empty());
    Long live = liveAccount();
    actor("marketing").ifPresent(m -> concerns.raise(m, new Concerns.StaffConcern("account-misuse", Subject.ACCOUNT,
        "Posts went out overnight from this account that nobody in the team wrote: the password may be known"
            + " outside the team.", null, live)));
  }

  private Long liveAccount() {
    for (long id = 1; id <= 50; id++) {
      var a = accounts.find(id);
      if (a.isPresent() && a.get().status() == AccountStatus.ACTIVE) {
        return id;
      }
    }
    return null;
  }

  private Optional<Actor> actor(String username) {
    return people.lookUp(username).map(DemoCases::actor);
  }

  private static Actor actor(Person p) {
    return new Actor(p.id(), p.displayName(), p.roles());
  }
}
