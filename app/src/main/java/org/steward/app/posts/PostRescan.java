package org.steward.app.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * Re-scans the archive when a new pack version is published: every published post is checked
 * again, in batches (one transaction each, so progress shows on the archive page and a restart
 * carries on from the last post done), against the pack in force for its account; each batch is
 * checked on every processor ({@link org.steward.app.checks.CheckService#checkAll}). A post that now
 * fails (a {@code review} or {@code block} verdict where it had less) opens a review task for the
 * account's managers, who are told once per account and batch. The check at publish time is kept;
 * the post's current check is updated.
 */
@Service
public class PostRescan {
  static final int BATCH = 500;
  private static final Set<String> FAILING = Set.of("review", "block");

  private final Posts posts;
  private final PostCheck check;
  private final PostGuards guards;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  PostRescan(Posts posts, PostCheck check, PostGuards guards, Notifications notifications, AuditTrail audit,
      PlatformTransactionManager transactions, Clock clock) {
    this.posts = posts;
    this.check = check;
    this.guards = guards;
    this.notifications = notifications;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A re-scan's progress, for the archive page. */
  public record Progress(long id, String packId, String version, int total, int done, int newlyFailing,
      Instant startedAt, Instant finishedAt) {
    public int percent() {
      return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
    }
  }

  /** Starts a re-scan for a new version of {@code packId}; returns its id. */
  public long start(String packId, String version) {
    return tx.execute(s -> {
      long id = posts.startRescan(packId, version, posts.countArchived(), clock.instant());
      audit.record(Actor.SYSTEM, "post.rescan-started", "post-rescan", Long.toString(id), packId + " " + version);
      return id;
    });
  }

  /** The re-scan for this version of {@code packId}: the one started before, or a new one. */
  public long startOnce(String packId, String version) {
    return posts.rescanOf(packId, version).orElseGet(() -> start(packId, version));
  }

  /** Runs a re-scan to its end, batch by batch; returns how many posts now fail. */
  public int run(long rescanId) {
    while (Boolean.TRUE.equals(tx.execute(s -> batch(rescanId, BATCH)))) {
      // each batch commits on its own
    }
    return posts.rescanById(rescanId).map(Posts.Rescan::newlyFailing).orElse(0);
  }

  /** One batch; returns whether there is more to do. */
  private boolean batch(long rescanId, int size) {
    Posts.Rescan r = posts.lockedRescan(rescanId).orElseThrow();
    if (r.finished()) {
      return false;
    }
    List<Post> batch = posts.archivedAfter(r.lastPostId(), size);
    Instant now = clock.instant();
    if (batch.isEmpty()) {
      posts.rescanProgress(rescanId, 0, 0, r.lastPostId(), now);
      audit.record(Actor.SYSTEM, "post.rescan-finished", "post-rescan", Long.toString(rescanId),
          r.newlyFailing() + " newly failing of " + r.total());
      return false;
    }
    Map<Long, PostingAccount> accounts = new HashMap<>();
    Map<Long, List<String>> tags = new HashMap<>();
    Map<Long, List<Long>> failingByAccount = new LinkedHashMap<>();
    // The batch is checked at once on every processor (the engine's BatchChecker, as the scan
    // command checks a file); what each check found is then stored in the batch's transaction.
    List<Post> checked = new ArrayList<>();
    List<PostCheck.Item> items = new ArrayList<>();
    for (Post p : batch) {
      PostingAccount account = accounts.computeIfAbsent(p.accountId(), guards::account);
      if (p.text().isBlank()) {
        continue;
      }
      checked.add(p);
      items.add(new PostCheck.Item(account, p.text(), posts.media(p.id()).stream().map(PostCheck.CheckedImage::of).toList(),
          tags.computeIfAbsent(account.id(), k -> posts.rules(k).requiredTags())));
    }
    List<PostCheck.Outcome> outcomes = check.checkAll(items);
    int failing = 0;
    for (int i = 0; i < checked.size(); i++) {
      Post p = checked.get(i);
      PostingAccount account = items.get(i).account();
      PostCheck.Outcome outcome = outcomes.get(i);
      String before = p.publishVerdict() != null ? p.publishVerdict() : p.verdict();
      posts.storeCheck(p.id(), outcome, now);
      if (FAILING.contains(outcome.verdict()) && !FAILING.contains(before) && !posts.hasOpenReview(p.id())) {
        posts.openReview(p.id(), rescanId, outcome.verdict(), now);
        failingByAccount.computeIfAbsent(account.id(), k -> new ArrayList<>()).add(p.id());
        failing++;
      }
    }
    failingByAccount.forEach((accountId, ids) -> {
      PostingAccount a = accounts.get(accountId);
      notifications.notify(a.managers(), ids.size() == 1
          ? "The new policy flags a published post of " + a.name() + ": review it"
          : "The new policy flags " + ids.size() + " published posts of " + a.name() + ": review them",
          "/posts/" + ids.get(0));
    });
    posts.rescanProgress(rescanId, batch.size(), failing, batch.get(batch.size() - 1).id(), null);
    return true;
  }

  /** The latest re-scan, if any. */
  @Transactional(readOnly = true)
  public Optional<Progress> latest() {
    return posts.latestRescan().map(r -> new Progress(r.id(), r.packId(), r.version(), r.total(), r.done(),
        r.newlyFailing(), r.startedAt(), r.finishedAt()));
  }

  /** Re-scans left unfinished (a restart): carried on by the job. */
  public List<Long> unfinished() {
    return posts.unfinishedRescans();
  }

  /** A manager says what they did about a post the new policy flags: the review task is done. */
  @Transactional
  public void review(Actor actor, long postId, String outcome) {
    Post post = posts.locked(postId);
    PostingAccount account = guards.account(post.accountId());
    guards.requirePublisher(actor, post, account, "review post");
    if (outcome == null || outcome.isBlank()) {
      throw new InvalidInput("outcome", "Say what you did: kept it (and why), changed it or removed it.");
    }
    if (outcome.length() > PostApproval.MAX_NOTE) {
      throw new InvalidInput("outcome", "Keep it to " + PostApproval.MAX_NOTE + " characters or fewer.");
    }
    if (posts.closeReviews(postId, actor.personId() == null ? 0 : actor.personId(), outcome.strip(), clock.instant()) == 0) {
      throw new IllegalTransition("This post has no review waiting.");
    }
    audit.record(actor, "post.reviewed", "post", Long.toString(postId), null);
  }

  /** Whether a post has a review waiting. */
  @Transactional(readOnly = true)
  public boolean reviewWaiting(long postId) {
    return posts.hasOpenReview(postId);
  }

  /** Posts with a review waiting among the accounts the viewer manages. */
  @Transactional(readOnly = true)
  public List<Long> reviewsFor(List<Long> accountIds) {
    return posts.openReviews(accountIds);
  }
}
