package org.steward.app.moderation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.connectors.RemotePost;
import org.steward.app.demo.DemoContributor;

/**
 * A demo inbox: on the demo's Instagram and TikTok accounts, a civil complaint, a question, an
 * abusive reply, a learner's phone number posted by someone else and a comment about self-harm,
 * each arriving through {@link InboxArrival} as a synced reply would (checked, triaged, a case
 * opened for the safeguarding lead), one of them already overdue, one already answered, and a
 * manager's reply waiting for an approval.
 */
@Component
@Order(60)
class DemoInbox implements DemoContributor {
  private final AccountPosting accounts;
  private final InboxArrival arrival;
  private final InboxItems items;
  private final Clock clock;
  private final org.steward.app.people.PeopleService people;
  private final InboxModeration moderation;
  private final org.steward.app.cases.Concerns concerns;

  DemoInbox(AccountPosting accounts, InboxArrival arrival, InboxItems items, Clock clock,
      org.steward.app.people.PeopleService people, InboxModeration moderation,
      org.steward.app.cases.Concerns concerns) {
    this.concerns = concerns;
    this.people = people;
    this.moderation = moderation;
    this.accounts = accounts;
    this.arrival = arrival;
    this.items = items;
    this.clock = clock;
  }

  @Override
  public void load() {
    List<PostingAccount> demo = accounts.postable().stream()
        .filter(a -> a.handle().equalsIgnoreCase("@CandiCreative") || a.handle().equalsIgnoreCase("@CandiCreativeTok"))
        .toList();
    if (demo.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    PostingAccount insta = demo.get(0);
    PostingAccount second = demo.size() > 1 ? demo.get(1) : insta;
    arrive(insta, "demo-1", "jordan.parent", "I waited 40 minutes at reception on open day and nobody could tell me"
        + " where the art portfolio talk was. Really disappointing organisation.", now.minus(Duration.ofDays(3)));
    arrive(insta, "demo-2", "sam_h", "Is the foundation diploma open to adults, and is there a part-time option?",
        now.minus(Duration.ofHours(2)));
    arrive(insta, "demo-3", "anon48213", "you are a pathetic loser and everyone at that college hates you,"
        + " nobody wants you here, just leave", now.minus(Duration.ofHours(1)));
    arrive(second, "demo-4", "gossip.page", "lol her number is 07700 900123 text her if you want the answers",
        now.minus(Duration.ofMinutes(50)));
    arrive(second, "demo-5", "quiet.one", "honestly i want to kill myself, nothing is getting better",
        now.minus(Duration.ofMinutes(30)));
    items.ofAccounts(List.of(insta.id()), true, 10).stream().filter(i -> i.platformId().endsWith("demo-2"))
        .findFirst().ifPresent(i -> {
          items.responded(i.id(), now.minus(Duration.ofHours(1)));
          items.history(i.id(), org.steward.app.identity.Actor.SYSTEM, "reply-recorded",
              "Yes: the foundation diploma runs part-time on Tuesday evenings. Details are on our website.", now);
        });
    arrive(insta, "demo-6", "portfolio.q", "Can I bring my portfolio to the interview on a USB stick?",
        now.minus(Duration.ofMinutes(40)));
    arrive(second, "demo-7", "maya.applies", "Who can I talk to about the art foundation interview?",
        now.minus(Duration.ofMinutes(45)));
    // A reply by the account's manager giving a member of staff's mobile number: the check sends it
    // for a review (other people's details), so it waits for an approver (marketing, the head of school).
    people.lookUp("staff").ifPresent(staff -> items.ofAccounts(List.of(second.id()), true, 20).stream()
        .filter(i -> i.platformId().endsWith("demo-7")).findFirst().ifPresent(i -> moderation.reply(
            new org.steward.app.identity.Actor(staff.id(), staff.displayName(), staff.roles()), i.id(),
            "Ring Jo in admissions on 07700 900456, she can tell you everything.")));
    // Marketing reports the learner's number posted by someone else as a personal-data concern from
    // the inbox item (issue #13): the evidence is the item as it arrived; the DPO's 72-hour clock runs.
    people.lookUp("marketing").ifPresent(m -> items.ofAccounts(List.of(second.id()), true, 20).stream()
        .filter(i -> i.platformId().endsWith("demo-4")).findFirst().ifPresent(i -> concerns.raiseAbout(
            new org.steward.app.identity.Actor(m.id(), m.displayName(), m.roles()),
            new org.steward.app.cases.Concerns.AboutRecord("personal-data", org.steward.app.cases.Subject.INBOX,
                i.id(), "Someone posted a learner's mobile number under our post. I have hidden the reply;"
                    + " the learner's tutor is telling her."))));
  }

  private void arrive(PostingAccount account, String id, String author, String text, Instant at) {
    String url = "https://example.org/demo/" + account.id() + "/" + id;
    arrival.arrive(account, new RemotePost(account.platform(), url, URI.create(url), text, at, author, null, null,
        List.of()));
  }
}
