package org.steward.app.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
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

/**
 * Reads replies, comments and mentions from every account Steward can read (API platforms with a
 * sign-in in the vault), from a little before the last sync, a few pages at a time; each goes
 * through {@link InboxArrival}. Run by the inbox job; safe to run twice (items are kept once).
 */
@Service
class InboxSync {
  private static final Logger log = LoggerFactory.getLogger(InboxSync.class);
  static final int PAGE = 50;
  static final int MAX_PAGES = 10;

  private final AccountPosting accounts;
  private final ConnectorRegistry connectors;
  private final InboxArrival arrival;
  private final InboxModeration moderation;
  private final InboxItems items;
  private final TransactionTemplate tx;
  private final Clock clock;

  InboxSync(AccountPosting accounts, ConnectorRegistry connectors, InboxArrival arrival, InboxModeration moderation,
      InboxItems items, TransactionTemplate tx, Clock clock) {
    this.accounts = accounts;
    this.connectors = connectors;
    this.arrival = arrival;
    this.moderation = moderation;
    this.items = items;
    this.tx = tx;
    this.clock = clock;
  }

  /** What one account's sync did: new items, or the platform's reason it could not read them. */
  record Outcome(List<InboxItem> arrived, String error) {}

  int syncAll() {
    int n = 0;
    for (PostingAccount a : accounts.postable()) {
      Capabilities caps = connectors.capabilities(a.platform());
      if (caps.manual() || !caps.supports(Capabilities.Feature.READ_REPLIES)) {
        continue;
      }
      try {
        n += sync(a.id()).arrived().size();
      } catch (RuntimeException e) {
        log.warn("Inbox sync of account {} failed: {}", a.id(), e.getClass().getSimpleName());
      }
    }
    return n;
  }

  Outcome sync(long accountId) {
    PostingAccount account = accounts.find(accountId).orElseThrow();
    Connector connector = connectors.forPlatform(account.platform());
    Instant started = clock.instant();
    var signIn = tx.execute(s -> accounts.signIn(Actor.SYSTEM, accountId, "read the inbox"));
    if (signIn == null || signIn.isEmpty()) {
      return failed(accountId, "Steward has no sign-in details for this account.");
    }
    AccountCredentials credentials = new AccountCredentials(signIn.get().server(), signIn.get().handle(),
        signIn.get().secret());
    // From a little before the last sync (clocks differ); the first sync reads the latest pages.
    Instant since = tx.execute(s -> items.lastSynced(accountId)).map(t -> t.minus(Duration.ofHours(1))).orElse(null);
    String own = signIn.get().handle().toLowerCase(Locale.ROOT);
    List<InboxItem> arrived = new ArrayList<>();
    try {
      ListRequest request = new ListRequest(since, null, PAGE);
      for (int i = 0; i < MAX_PAGES; i++) {
        Page<RemotePost> page = connector.listReplies(credentials, request);
        for (RemotePost post : page.items()) {
          if (post.authorHandle().toLowerCase(Locale.ROOT).equals(own)) {
            continue; // the account's own answers are not inbox items
          }
          arrival.arrive(account, post).ifPresent(item -> {
            arrived.add(item);
            moderation.hideOnArrival(account, item);
          });
        }
        if (page.nextCursor() == null) {
          break;
        }
        request = request.next(page.nextCursor());
      }
    } catch (ConnectorException e) {
      return failed(accountId, e.getMessage());
    }
    tx.executeWithoutResult(s -> items.synced(accountId, started, null));
    return new Outcome(arrived, null);
  }

  private Outcome failed(long accountId, String error) {
    tx.executeWithoutResult(s -> {
      Instant last = items.lastSynced(accountId).orElse(Instant.EPOCH);
      items.synced(accountId, last, InboxArrival.cut(error, 2000));
    });
    return new Outcome(List.of(), error);
  }
}
