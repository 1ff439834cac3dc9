package org.steward.app.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.RemotePost;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;

/**
 * The sync: reads each connected account's own posts. A post that appeared without going through
 * Steward is checked, archived and flagged "published outside Steward" to the account's managers;
 * replies are the moderation inbox's, which reads them itself (decision 0111); each post found feeds the account's
 * last-post date (the inactivity audit, ACC-13). Platform calls run outside any transaction; what
 * each page brings is stored in one.
 */
@Service
public class PostSync {
  private static final Logger log = LoggerFactory.getLogger(PostSync.class);
  static final int PAGE = 100;
  static final int MAX_PAGES = 5;

  private final Posts posts;
  private final PostArchive archive;
  private final AccountPosting accounts;
  private final ConnectorRegistry connectors;
  private final Notifications notifications;
  private final TransactionTemplate tx;
  private final Clock clock;

  PostSync(Posts posts, PostArchive archive, AccountPosting accounts, ConnectorRegistry connectors,
      Notifications notifications, PlatformTransactionManager transactions, Clock clock) {
    this.posts = posts;
    this.archive = archive;
    this.accounts = accounts;
    this.connectors = connectors;
    this.notifications = notifications;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What one account's sync found. */
  public record Outcome(int postsFound, String error) {}

  /** Syncs every active or dormant account Steward can read (API platforms with a sign-in). */
  public int syncAll() {
    int n = 0;
    for (PostingAccount a : accounts.postable()) {
      Capabilities caps = connectors.capabilities(a.platform());
      if (caps.manual() || !caps.supports(Capabilities.Feature.LIST_OWN_POSTS)) {
        continue;
      }
      try {
        sync(a.id());
        n++;
      } catch (RuntimeException e) {
        log.warn("Sync of account {} failed: {}", a.id(), e.getClass().getSimpleName());
      }
    }
    return n;
  }

  /** Syncs one account now. */
  public Outcome sync(long accountId) {
    PostingAccount account = accounts.find(accountId).orElseThrow();
    Connector connector = connectors.forPlatform(account.platform());
    var signIn = tx.execute(s -> accounts.signIn(Actor.SYSTEM, accountId, "sync posts"));
    Instant started = clock.instant();
    if (signIn == null || signIn.isEmpty()) {
      return record(accountId, started, 0, "Steward has no sign-in details for this account.");
    }
    AccountCredentials credentials = new AccountCredentials(signIn.get().server(), signIn.get().handle(),
        signIn.get().secret());
    // Posts since a little before the last sync (clocks differ); the first sync reads the latest pages.
    Instant since = tx.execute(s -> posts.lastSynced(accountId)).map(t -> t.minus(Duration.ofHours(1))).orElse(null);
    int found = 0;
    try {
      ListRequest request = new ListRequest(since, null, PAGE);
      for (int i = 0; i < MAX_PAGES; i++) {
        Page<RemotePost> page = connector.listOwnPosts(credentials, request);
        List<Long> kept = tx.execute(s -> {
          List<Long> ids = new ArrayList<>();
          for (RemotePost r : page.items()) {
            long id = archive.keep(account, r, "outside", clock.instant());
            if (id > 0) {
              ids.add(id);
            }
          }
          return ids;
        });
        found += kept.size();
        if (!kept.isEmpty()) {
          tx.executeWithoutResult(s -> notifications.notify(account.managers(), kept.size() == 1
              ? "A post appeared on " + account.name() + " without going through Steward"
              : kept.size() + " posts appeared on " + account.name() + " without going through Steward",
              "/posts/" + kept.get(0)));
        }
        if (page.nextCursor() == null) {
          break;
        }
        request = request.next(page.nextCursor());
      }
    } catch (ConnectorException e) {
      return record(accountId, started, found, e.getMessage());
    }
    return record(accountId, started, found, null);
  }

  private Outcome record(long accountId, Instant at, int found, String error) {
    tx.executeWithoutResult(s -> posts.synced(accountId, at, found, error == null ? null : Posts.cut(error, 2000)));
    return new Outcome(found, error);
  }
}
