package org.steward.app.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/**
 * Demo posts for the demo accounts, made through the same services as real ones (so every step
 * is checked, audited and in the history): on Creative Arts' Instagram, whose posts are always
 * approved, a draft, one waiting for the head of school, one returned with suggested edits, one
 * rejected, one approved and ready to post by hand, one published (its address recorded), one
 * removed and one expired; on its TikTok, one scheduled for tomorrow.
 */
@Component
@Order(40)
class DemoPosts implements DemoContributor {
  private final PostComposing composing;
  private final PostApproval approval;
  private final PostPublishing publishing;
  private final PostAccountRules rules;
  private final AccountPosting accounts;
  private final PeopleService people;
  private final Posts posts;
  private final Clock clock;

  DemoPosts(PostComposing composing, PostApproval approval, PostPublishing publishing, PostAccountRules rules,
      AccountPosting accounts, PeopleService people, Posts posts, Clock clock) {
    this.composing = composing;
    this.approval = approval;
    this.publishing = publishing;
    this.rules = rules;
    this.accounts = accounts;
    this.people = people;
    this.posts = posts;
    this.clock = clock;
  }

  @Override
  public boolean alreadyLoaded() {
    return !posts.inStates(java.util.EnumSet.allOf(PostState.class), 1).isEmpty();
  }

  @Override
  public void load() {
    Optional<Actor> staff = actor("staff");
    Optional<Actor> head = actor("head.creative");
    if (staff.isEmpty() || head.isEmpty()) {
      return;
    }
    List<PostingAccount> runs = accounts.runBy(staff.get().personId());
    Optional<PostingAccount> insta = runs.stream().filter(a -> a.handle().equalsIgnoreCase("@CandiCreative")).findFirst();
    Optional<PostingAccount> tok = runs.stream().filter(a -> a.handle().equalsIgnoreCase("@CandiCreativeTok")).findFirst();
    if (insta.isEmpty() || tok.isEmpty()) {
      return;
    }
    Actor s = staff.get();
    Actor h = head.get();
    long ig = insta.get().id();
    rules.set(Actor.SYSTEM, ig, true, "@CapitalCCG @CandI_College");
    rules.set(Actor.SYSTEM, tok.get().id(), false, "");

    composing.create(s, draft(ig, "Our level 3 photography learners are hanging their end-of-year show"
        + " this week. Come and see it! @CapitalCCG @CandI_College", null));

    long waiting = composing.create(s, draft(ig, "Open evening on Thursday from 5pm: meet the tutors, see the"
        + " studios and find your course. @CapitalCCG @CandI_College #OpenEvening", null));
    approval.submit(s, waiting);

    long returned = composing.create(s, draft(ig, "Applications close on Friday for the foundation diploma."
        + " @CapitalCCG", null));
    approval.submit(s, returned);
    approval.returnForEdits(h, returned, "Please tag the college as well (@CandI_College) and give the closing"
        + " date in full.");

    long rejected = composing.create(s, draft(ig, "Which school has the worst canteen? Vote below!"
        + " @CapitalCCG @CandI_College", null));
    approval.submit(s, rejected);
    approval.reject(h, rejected, "We do not run polls that invite complaints about other schools.");

    long ready = composing.create(s, draft(ig, "Congratulations to our graphic design learners on their"
        + " D&AD New Blood shortlist! @CapitalCCG @CandI_College", null));
    approval.submit(s, ready);
    approval.approve(h, ready, "Lovely news.");
    publishing.publish(s, ready);

    long published = composing.create(s, draft(ig, "Our studios are open all summer for portfolio"
        + " days: book a place on our website. @CapitalCCG @CandI_College", null));
    approval.submit(s, published);
    approval.approve(h, published, null);
    publishing.publish(s, published);
    publishing.recordAddress(s, published, "https://www.instagram.com/p/CandiSummerStudios/");

    long removed = composing.create(s, draft(ig, "Term starts on Monday 8 September. @CapitalCCG"
        + " @CandI_College", null));
    approval.submit(s, removed);
    approval.approve(h, removed, null);
    publishing.publish(s, removed);
    publishing.recordAddress(s, removed, "https://www.instagram.com/p/CandiTermDates/");
    publishing.remove(s, removed, "The date changed: a corrected post follows.");

    Instant now = clock.instant();
    long expired = composing.create(s, draft(ig, "Last chance to enter the poster competition! @CapitalCCG"
        + " @CandI_College", now.plus(Duration.ofMinutes(5))));
    approval.submit(s, expired);
    approval.expireDue(now.plus(Duration.ofMinutes(6)));

    long scheduled = composing.create(s, draft(tok.get().id(), "Watch our learners build a set for the summer"
        + " show in 30 seconds #BehindTheScenes", now.plus(Duration.ofDays(1))));
    approval.submit(s, scheduled);
  }

  private static PostInput.Draft draft(long account, String text, Instant when) {
    return new PostInput.Draft(account, text, List.of(), when);
  }

  private Optional<Actor> actor(String username) {
    return people.lookUp(username).map((Person p) -> new Actor(p.id(), p.displayName(), p.roles()));
  }
}
