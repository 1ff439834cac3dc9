package org.steward.app.posts;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.DeleteOutcome;
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemotePost;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * Publishing through the connectors: now (an approved post, or a failed one tried again), by the
 * job when a scheduled post's time comes, or, for platforms Steward cannot post to, by recording the
 * address the manager pasted after posting natively. The platform call runs outside any database
 * transaction; the post's id is the idempotency key, so a retry after a timeout never posts twice.
 * A retryable failure is tried again later with doubling waits; one that needs a person, or the
 * last attempt, fails the post with the platform's reason in plain words. The check runs again
 * before publishing and is archived with the post.
 */
@Service
public class PostPublishing {
  private static final Logger log = LoggerFactory.getLogger(PostPublishing.class);

  private final Posts posts;
  private final PostGuards guards;
  private final PostComposing composing;
  private final AccountPosting accounts;
  private final ConnectorRegistry connectors;
  private final PostSettings settings;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final TransactionTemplate tx;
  private final Clock clock;

  PostPublishing(Posts posts, PostGuards guards, PostComposing composing, AccountPosting accounts,
      ConnectorRegistry connectors, PostSettings settings, AuditTrail audit, Notifications notifications,
      PlatformTransactionManager transactions, Clock clock) {
    this.posts = posts;
    this.guards = guards;
    this.composing = composing;
    this.accounts = accounts;
    this.connectors = connectors;
    this.settings = settings;
    this.audit = audit;
    this.notifications = notifications;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What one attempt needs, read in the first transaction. */
  private record Attempt(Post post, PostingAccount account, PublishRequest request, AccountCredentials signIn) {}

  /**
   * Publishes an approved (or failed) post now.
   *
   * @return the state it reached: published, approved (ready for the manager to post natively on
   *     a manual platform), scheduled (a retryable failure, tried again later) or failed
   */
  public PostState publish(Actor actor, long id) {
    Attempt attempt = tx.execute(s -> begin(actor, id, false));
    return attempt == null ? PostState.APPROVED : send(actor, attempt);
  }

  /** Publishes every scheduled post whose time has come (the job); returns how many it tried. */
  public int publishDue() {
    List<Long> due = posts.dueToPublish(clock.instant());
    for (long id : due) {
      try {
        Attempt attempt = tx.execute(s -> begin(Actor.SYSTEM, id, true));
        if (attempt != null) {
          send(Actor.SYSTEM, attempt);
        }
      } catch (RuntimeException e) {
        // One post's trouble must not stop the others; its state says what happened.
        log.warn("Publishing post {} failed: {}", id, e.getClass().getSimpleName());
      }
    }
    return due.size();
  }

  private Attempt begin(Actor actor, long id, boolean job) {
    Post post = posts.locked(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requirePublisher(actor, post, account, "publish post");
    Instant now = clock.instant();
    if (job) {
      if (post.state() != PostState.SCHEDULED || post.scheduledFor() == null || post.scheduledFor().isAfter(now)) {
        return null; // changed meanwhile
      }
    } else if (post.state() != PostState.APPROVED && post.state() != PostState.FAILED
        && post.state() != PostState.SCHEDULED) {
      throw new IllegalTransition(post.state() == PostState.PUBLISHED ? "This post is already published."
          : "Only an approved post can be published; this one is "
              + post.state().label().toLowerCase(Locale.ROOT) + ".");
    }
    if (!account.postable()) {
      throw new IllegalTransition(account.name() + " is not active: nothing can be published from it.");
    }
    if (!job && post.state() == PostState.FAILED) {
      posts.resetAttempts(id); // a person tries again: the attempts start over
    }
    PostCheck.Outcome outcome = composing.recheck(id, account, post.text(), now);
    if (outcome.blocked()) {
      fail(post, account, "The policy now blocks this post; it was not published. Change it and submit it again.",
          now);
      return null;
    }
    posts.storePublishCheck(id, outcome);
    Connector connector = connectors.forPlatform(account.platform());
    Map<Integer, byte[]> bytes = posts.mediaBytes(id);
    List<MediaUpload> images = new ArrayList<>();
    for (PostMedia m : posts.media(id)) {
      byte[] b = bytes.get(m.position());
      if (b != null) {
        images.add(new MediaUpload(b, m.mimeType(), m.altText()));
      }
    }
    PublishRequest request = new PublishRequest("steward-post-" + id, post.createdAt(), post.text(), images, null);
    if (connector.capabilities().manual()) {
      posts.manualReady(id, now);
      if (post.state() != PostState.APPROVED) {
        posts.move(id, PostState.APPROVED, now);
      }
      posts.history(id, actor.personId(), post.state(), PostState.APPROVED,
          "Ready to post on " + PlatformNames.label(account.platform()) + ": post it there, then paste its address",
          now);
      audit.record(actor, "post.ready-for-manual-posting", "post", Long.toString(id), null);
      notifications.notify(account.managers(), "A post for " + account.name() + " is ready: post it on "
          + PlatformNames.label(account.platform()) + " and paste its address", "/posts/" + id);
      return null;
    }
    var signIn = accounts.signIn(actor, account.id(), "publish post " + id);
    if (signIn.isEmpty()) {
      fail(post, account, "Steward has no sign-in details for " + account.name() + ": marketing sets them up"
          + " on the account's page (its web address and app password or token).", now);
      return null;
    }
    var s = signIn.get();
    return new Attempt(post, account, request, new AccountCredentials(s.server(), s.handle(), s.secret()));
  }

  private PostState send(Actor actor, Attempt a) {
    Connector connector = connectors.forPlatform(a.account().platform());
    try {
      PublishResult result = connector.publish(a.signIn(), a.request());
      RemotePost remote = result.post();
      return tx.execute(s -> {
        Instant now = clock.instant();
        Post post = posts.locked(a.post().id());
        Instant at = remote.createdAt() == null ? now : remote.createdAt();
        posts.published(post.id(), remote.platformId(), remote.url() == null ? null : remote.url().toString(),
            at, now);
        posts.history(post.id(), actor.personId(), post.state(), PostState.PUBLISHED,
            result.outcome() == PublishResult.Outcome.ALREADY_PUBLISHED ? "Found already published (retry)" : null, now);
        audit.record(actor, "post.published", "post", Long.toString(post.id()), null);
        accounts.recordPost(a.account().id(), at, "connector");
        List<Long> tell = new ArrayList<>(a.account().managers());
        if (post.authorId() != null) {
          tell.add(post.authorId());
        }
        tell.remove(actor.personId());
        notifications.notify(tell, "Your post for " + a.account().name() + " is published", "/posts/" + post.id());
        return PostState.PUBLISHED;
      });
    } catch (ConnectorException e) {
      return tx.execute(s -> {
        Instant now = clock.instant();
        Post post = posts.locked(a.post().id());
        int attempts = post.attempts() + 1;
        if (e.retryable() && attempts < settings.maxAttempts()) {
          Instant next = now.plus(e.retryAfter().filter(d -> d.compareTo(settings.backoff(attempts)) > 0)
              .orElse(settings.backoff(attempts)));
          if (post.scheduledFor() == null || post.scheduledFor().isAfter(now)) {
            // Published now by a person: the job takes the retry from here.
            jdbcSchedule(post.id(), now);
          }
          posts.attemptFailed(post.id(), PostState.SCHEDULED, e.getMessage(), next, now);
          posts.history(post.id(), actor.personId(), post.state(), PostState.SCHEDULED,
              "Attempt " + attempts + " did not work (" + e.getMessage() + "); trying again", now);
          audit.record(actor, "post.publish-retry", "post", Long.toString(post.id()), e.reason().name());
          return PostState.SCHEDULED;
        }
        fail(post, a.account(), e.getMessage(), now);
        return PostState.FAILED;
      });
    }
  }

  private void jdbcSchedule(long id, Instant now) {
    posts.updateSchedule(id, now);
  }

  private void fail(Post post, PostingAccount account, String reason, Instant now) {
    posts.attemptFailed(post.id(), PostState.FAILED, reason, null, now);
    posts.history(post.id(), null, post.state(), PostState.FAILED, reason, now);
    audit.record(Actor.SYSTEM, "post.failed", "post", Long.toString(post.id()), null);
    List<Long> tell = new ArrayList<>(account.managers());
    if (post.authorId() != null) {
      tell.add(post.authorId());
    }
    notifications.notify(tell, "A post for " + account.name() + " could not be published: see why",
        "/posts/" + post.id());
  }

  /**
   * Records the address of a post the manager made natively on a platform Steward cannot post to
   * (the approved post was marked ready): the post is published and archived with it.
   */
  public void recordAddress(Actor actor, long id, String url) {
    tx.executeWithoutResult(s -> {
      Post post = posts.locked(id);
      PostingAccount account = guards.account(post.accountId());
      guards.requirePublisher(actor, post, account, "record post address");
      if (post.state() != PostState.APPROVED || !post.manualReady()) {
        throw new IllegalTransition("Only an approved post marked ready for posting on the platform takes"
            + " an address.");
      }
      Instant now = clock.instant();
      RemotePost remote;
      try {
        remote = connectors.forPlatform(account.platform()).recordNativePost(url, post.text(), now);
      } catch (ConnectorException e) {
        throw new InvalidInput("url", e.getMessage());
      }
      if (posts.byPlatformId(account.id(), remote.platformId()).isPresent()) {
        throw new InvalidInput("url", "Another post of this account already has this address.");
      }
      posts.published(id, remote.platformId(), remote.url() == null ? url.strip() : remote.url().toString(),
          now, now);
      posts.history(id, actor.personId(), PostState.APPROVED, PostState.PUBLISHED, "Posted on "
          + PlatformNames.label(account.platform()) + " by hand", now);
      audit.record(actor, "post.published", "post", Long.toString(id), "address recorded");
      accounts.recordPost(account.id(), now, "connector");
    });
  }

  /** Removes a published post from the platform (or records its removal on a manual platform). */
  public void remove(Actor actor, long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Say why the post is removed.");
    }
    if (reason.length() > PostApproval.MAX_NOTE) {
      throw new InvalidInput("reason", "Keep the reason to " + PostApproval.MAX_NOTE + " characters or fewer.");
    }
    Attempt a = tx.execute(s -> {
      Post post = posts.locked(id);
      PostingAccount account = guards.account(post.accountId());
      guards.requirePublisher(actor, post, account, "remove post");
      post.moveTo(PostState.REMOVED);
      if (post.state() != PostState.PUBLISHED || connectors.forPlatform(account.platform()).capabilities().manual()) {
        return new Attempt(post, account, null, null);
      }
      var signIn = accounts.signIn(actor, account.id(), "remove post " + id)
          .orElseThrow(() -> new IllegalTransition("Steward has no sign-in details for " + account.name()
              + " to remove the post: remove it on the platform."));
      return new Attempt(post, account, null, new AccountCredentials(signIn.server(), signIn.handle(), signIn.secret()));
    });
    if (a.signIn() != null) {
      try {
        DeleteOutcome outcome = connectors.forPlatform(a.account().platform()).delete(a.signIn(), a.post().platformId());
        log.debug("Removed post {}: {}", id, outcome);
      } catch (ConnectorException e) {
        throw new IllegalTransition("The platform did not remove the post: " + e.getMessage());
      }
    }
    tx.executeWithoutResult(s -> {
      Post post = posts.locked(id);
      post.moveTo(PostState.REMOVED);
      Instant now = clock.instant();
      posts.move(id, PostState.REMOVED, now);
      posts.history(id, actor.personId(), post.state(), PostState.REMOVED, reason.strip(), now);
      audit.record(actor, "post.removed", "post", Long.toString(id), null);
    });
  }

  /** The platform's address for a post, if published. */
  static URI address(Post post) {
    return post.platformUrl() == null ? null : URI.create(post.platformUrl());
  }
}
