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
 * removed and one expired; on its TikTok, one scheduled for tomorrow; on its Bluesky account, whose
 * app password marketing has not stored yet, one that failed with the reason.
 */
@Component
@Order(45)
// After the consent register's demo (40): the consent demo post pictures Leo, whom it creates.
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
    Optional<PostingAccount> sky = runs.stream().filter(a -> a.platform().equals("bluesky")).findFirst();
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

    sky.ifPresent(b -> {
      rules.set(Actor.SYSTEM, b.id(), false, "");
      long failed = composing.create(s, draft(b.id(), "Our foundation learners are installing their show in the"
          + " main hall today. @CapitalCCG @CandI_College", null));
      approval.submit(s, failed);
      publishing.publish(s, failed); // no app password in the vault: failed, with the reason
    });

    // Consent (issue #12): a TikTok draft picturing Jamie, whose guardian consented to photos on
    // Instagram only, and Leo, who must never be published. The post page asks for consent for
    // Jamie (from Paul Smith, on record) and says why nobody asks for Leo.
    List<PostInput.PictureRef> pictured = new java.util.ArrayList<>();
    people.lookUp("learner").ifPresent(p -> pictured.add(new PostInput.PictureRef(p.id(), null)));
    people.lookUp("leo.grant").ifPresent(p -> pictured.add(new PostInput.PictureRef(p.id(), null)));
    if (!pictured.isEmpty()) {
      composing.create(s, new PostInput.Draft(tok.get().id(), "Set building for the summer show is under way!"
          + " #BehindTheScenes", List.of(new PostInput.NewImage(demoImage(), "image/png",
              "Two learners painting a large stage flat in the workshop", "own", pictured)), null));
    }
  }

  /** A small picture for the demo (a flat colour): the demo needs an image, not a photograph. */
  private static byte[] demoImage() {
    var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, 0x2f6f9f + (y << 2));
      }
    }
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static PostInput.Draft draft(long account, String text, Instant when) {
    return new PostInput.Draft(account, text, List.of(), when);
  }

  private Optional<Actor> actor(String username) {
    return people.lookUp(username).map((Person p) -> new Actor(p.id(), p.displayName(), p.roles()));
  }
}
