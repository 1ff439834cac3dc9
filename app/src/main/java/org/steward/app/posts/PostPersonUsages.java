package org.steward.app.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.consent.PersonUsage;
import org.steward.app.consent.PersonUsages;
import org.steward.app.consent.Purpose;
import org.steward.app.consent.TakedownOutcome;
import org.steward.app.identity.Actor;
import org.steward.app.people.DirectoryNames;

/**
 * Consent's view of posts (SAF-2): every post not yet gone that pictures or names the person, and its
 * takedown when consent is withdrawn. A draft, a post waiting for approval or a scheduled one is
 * removed before it goes out; a published one is deleted through its account's connector, or left
 * to the account's managers on a platform Steward cannot delete from (the task says so).
 */
@Component
class PostPersonUsages implements PersonUsages {
  static final String SOURCE = "posts";
  static final String REASON = "Consent withdrawn by or for someone pictured or named (SAF-2).";
  static final int PAGE = 500;

  private final Posts posts;
  private final PostGuards guards;
  private final PostPublishing publishing;
  private final ConnectorRegistry connectors;
  private final DirectoryNames directory;

  PostPersonUsages(Posts posts, PostGuards guards, PostPublishing publishing, ConnectorRegistry connectors,
      DirectoryNames directory) {
    this.directory = directory;
    this.posts = posts;
    this.guards = guards;
    this.publishing = publishing;
    this.connectors = connectors;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /**
   * Every post not yet gone that pictures the person (purpose photo) or whose text names them as
   * the directory knows them (purpose name, found as the checker finds directory names), one use
   * per post with every purpose it makes of them. Reading every live post's text is linear in the
   * posts kept, page by page; a withdrawal is rare (decision 0072).
   */
  @Override
  public List<PersonUsage> usesOf(long personId) {
    java.util.Map<Long, Post> found = new java.util.TreeMap<>();
    java.util.Map<Long, Set<Purpose>> purposes = new java.util.HashMap<>();
    for (Post p : posts.picturing(personId)) {
      found.put(p.id(), p);
      purposes.computeIfAbsent(p.id(), k -> java.util.EnumSet.noneOf(Purpose.class)).add(Purpose.PHOTO);
    }
    java.util.function.Predicate<String> names = directory.namesPerson(personId);
    long after = 0;
    for (List<Post> page = posts.notGone(after, PAGE); !page.isEmpty(); page = posts.notGone(after, PAGE)) {
      for (Post p : page) {
        if (names.test(p.text())) {
          found.put(p.id(), p);
          purposes.computeIfAbsent(p.id(), k -> java.util.EnumSet.noneOf(Purpose.class)).add(Purpose.NAME);
        }
      }
      after = page.get(page.size() - 1).id();
    }
    List<PersonUsage> out = new ArrayList<>();
    for (Post p : found.values()) {
      PostingAccount account = guards.account(p.accountId());
      out.add(new PersonUsage(SOURCE, Long.toString(p.id()), account.id(), account.platform(), state(p.state()),
          purposes.get(p.id()), title(p, account), "/posts/" + p.id()));
    }
    return out;
  }

  @Override
  public TakedownOutcome takeDown(PersonUsage usage) {
    long id = Long.parseLong(usage.ref());
    Post post = posts.find(id).orElse(null);
    if (post == null || post.state() == PostState.REMOVED || post.state() == PostState.REJECTED
        || post.state() == PostState.EXPIRED) {
      return TakedownOutcome.ALREADY_GONE;
    }
    boolean published = post.state() == PostState.PUBLISHED;
    PostingAccount account = guards.account(post.accountId());
    if (published && connectors.forPlatform(account.platform()).capabilities().manual()) {
      return TakedownOutcome.MANUAL;
    }
    publishing.remove(Actor.SYSTEM, id, REASON);
    return published ? TakedownOutcome.DELETED : TakedownOutcome.WITHDRAWN_BEFORE_PUBLISHING;
  }

  @Override
  public void takenDownByHand(PersonUsage usage, Actor by, String note) {
    long id = Long.parseLong(usage.ref());
    posts.find(id).filter(p -> p.state() == PostState.PUBLISHED).ifPresent(p -> publishing.remove(Actor.SYSTEM, id,
        Posts.cut("Taken down on the platform by " + by.name() + " after consent was withdrawn: " + note,
            PostApproval.MAX_NOTE)));
  }

  private static PersonUsage.State state(PostState s) {
    return switch (s) {
      case PUBLISHED -> PersonUsage.State.PUBLISHED;
      case SCHEDULED -> PersonUsage.State.SCHEDULED;
      default -> PersonUsage.State.DRAFT;
    };
  }

  private static String title(Post p, PostingAccount account) {
    String text = p.text().strip();
    String start = text.length() > 60 ? text.substring(0, 57).strip() + "…" : text;
    return account.name() + ": " + (start.isEmpty() ? "post " + p.id() : "\u201c" + start + "\u201d");
  }
}
