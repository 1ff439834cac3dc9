package org.steward.app.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;
import org.steward.app.posts.ReplyApprovals;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * What people do with an item: assign it, reply (checked as the account's posts are, approved
 * when the pack says so, then sent through the connector as a reply to the item), hide it on the platform where it allows, and resolve it,
 * each written to the item's history and the audit trail. Calls to the platform happen outside any
 * transaction; what they did is recorded after, in one.
 */
@Service
class InboxModeration {
  static final int MAX_REPLY = 3000;
  static final int MAX_NOTE = 2000;

  private final InboxItems items;
  private final InboxAccess access;
  private final AccountPosting accounts;
  private final ConnectorRegistry connectors;
  private final ReplyApprovals approvals;
  private final PeopleService people;
  private final Notifications notifications;
  private final RefusalAudit refusals;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  InboxModeration(InboxItems items, InboxAccess access, AccountPosting accounts, ConnectorRegistry connectors,
      ReplyApprovals approvals, PeopleService people, Notifications notifications, RefusalAudit refusals,
      AuditTrail audit, TransactionTemplate tx, Clock clock) {
    this.items = items;
    this.access = access;
    this.accounts = accounts;
    this.connectors = connectors;
    this.approvals = approvals;
    this.people = people;
    this.notifications = notifications;
    this.refusals = refusals;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** Assigns the item to one of the account's managers or helpers, or to marketing staff; null un-assigns. */
  void assign(Actor actor, long id, Long personId) {
    tx.executeWithoutResult(s -> {
      InboxItem item = access.actionable(actor, id, "assign inbox item");
      if (personId != null) {
        PostingAccount a = accounts.find(item.accountId()).orElseThrow();
        var person = people.byIds(List.of(personId)).get(personId);
        boolean marketing = person != null && person.roles().stream().anyMatch(g -> g.role()
            == org.steward.app.identity.Role.MARKETING || g.role() == org.steward.app.identity.Role.HEAD_OF_DIGITAL_MARKETING);
        if (person == null || (!a.runBy(personId) && !marketing)) {
          throw new InvalidInput("assignee", "Choose one of the account's managers or the marketing team");
        }
      }
      Instant now = clock.instant();
      items.locked(id);
      items.assign(id, personId);
      String who = personId == null ? "nobody" : people.byIds(List.of(personId)).get(personId).displayName();
      items.history(id, actor, "assigned", "Assigned to " + who, now);
      audit.record(actor, "moderation.item-assigned", "inbox-item", Long.toString(id),
          personId == null ? "none" : Long.toString(personId));
    });
  }

  /**
   * The outcome of a reply: sent through the platform, to post by hand on a manual platform, or
   * waiting for an approval ({@code waiting}, with the pack's reasons).
   */
  record Replied(boolean sent, String url, String instructions, boolean waiting, String reasons) {}

  /**
   * Replies to the item. The reply is checked first, by the same check as the account's posts: a
   * reply the policy blocks does not go out and the person sees why; one the pack sends for an
   * approval ({@code posts.approval.when}) waits for one of the posts' approvers who did not write
   * it. A reply with the same words sent twice posts once.
   */
  Replied reply(Actor actor, long id, String text) {
    InboxItem item = tx.execute(s -> access.actionable(actor, id, "reply to inbox item"));
    if (!item.open()) {
      throw new IllegalTransition("This item is resolved: open a new one to reply again");
    }
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new InvalidInput("text", "Write your reply");
    }
    if (body.length() > MAX_REPLY) {
      throw new InvalidInput("text", "The reply must be " + MAX_REPLY + " characters or fewer");
    }
    if (tx.execute(s -> items.pending(id)).isPresent()) {
      throw new IllegalTransition("A reply to this item waits for an approval: it goes out when approved");
    }
    ReplyApprovals.Verdict verdict = approvals.check(actor, item.accountId(), body);
    if (verdict.blocked()) {
      throw new InvalidInput(verdict.blocks().stream()
          .map(f -> new FieldProblem("text", "The policy does not allow this reply (" + f.clause() + "): " + f.message()))
          .distinct().toList());
    }
    if (verdict.needsApproval()) {
      String reasons = InboxArrival.cut(String.join("; ", verdict.approvalReasons()), 1000);
      return tx.execute(s -> {
        Instant now = clock.instant();
        items.locked(id);
        if (items.pending(id).isPresent()) {
          throw new IllegalTransition("A reply to this item waits for an approval: it goes out when approved");
        }
        items.submitPending(new InboxItems.PendingReply(id, body, actor.personId(), actor.name(), reasons, now));
        items.history(id, actor, "reply-submitted", "Waits for an approval (" + reasons + "): " + body, now);
        audit.record(actor, "moderation.reply-submitted", "inbox-item", Long.toString(id), null);
        PostingAccount account = accounts.find(item.accountId()).orElseThrow();
        notifications.notify(approvals.approvers(item.accountId(), actor.personId()),
            "A reply from " + account.name() + " waits for your approval", "/moderation/items/" + id);
        return new Replied(false, null, null, true, reasons);
      });
    }
    return send(actor, item, body, "replied");
  }

  /**
   * Approves the reply waiting on the item: one of the posts' approvers for the account, never its
   * author (refused and audited otherwise); the reply is checked again (the policy may have changed)
   * and goes out.
   */
  Replied approveReply(Actor actor, long id) {
    InboxItems.PendingReply pending = waiting(actor, id, "approve inbox reply");
    InboxItem item = tx.execute(s -> items.find(id).orElseThrow());
    if (!item.open()) {
      throw new IllegalTransition("This item is resolved: the reply can only be returned");
    }
    if (approvals.check(actor, item.accountId(), pending.text()).blocked()) {
      throw new IllegalTransition("The policy in force no longer allows this reply: return it to its author");
    }
    Replied replied = send(actor, item, pending.text(), "reply-approved");
    tx.executeWithoutResult(s -> {
      items.clearPending(id);
      if (pending.authorId() != null) {
        notifications.notify(List.of(pending.authorId()), "Your reply was approved by " + actor.name()
            + (replied.sent() ? " and went out" : ": post it on the platform"), "/moderation/items/" + id);
      }
    });
    return replied;
  }

  /** Returns the waiting reply to its author with a note: it does not go out. The same approvers only. */
  void returnReply(Actor actor, long id, String note) {
    String n = note == null ? "" : note.strip();
    if (n.isEmpty()) {
      throw new InvalidInput("note", "Say what the reply should change");
    }
    if (n.length() > MAX_NOTE) {
      throw new InvalidInput("note", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    InboxItems.PendingReply pending = waiting(actor, id, "return inbox reply");
    tx.executeWithoutResult(s -> {
      Instant now = clock.instant();
      items.locked(id);
      items.clearPending(id);
      items.history(id, actor, "reply-returned", n, now);
      audit.record(actor, "moderation.reply-returned", "inbox-item", Long.toString(id), null);
      if (pending.authorId() != null) {
        notifications.notify(List.of(pending.authorId()), "Your reply was returned by " + actor.name() + ": " + n,
            "/moderation/items/" + id);
      }
    });
  }

  /** The reply waiting on the item, when the actor may decide on it; refused (403, audited) otherwise. */
  private InboxItems.PendingReply waiting(Actor actor, long id, String attempted) {
    InboxItem item = tx.execute(s -> items.find(id))
        .orElseThrow(() -> new org.steward.app.web.NotFound("There is no inbox item " + id));
    InboxItems.PendingReply pending = tx.execute(s -> items.pending(id))
        .orElseThrow(() -> new IllegalTransition("No reply to this item waits for an approval"));
    var why = approvals.approvalRefusal(actor, item.accountId(), pending.authorId());
    if (why.isPresent()) {
      throw refusals.refuse(actor, "moderation", "inbox-item", Long.toString(id), attempted, why.get());
    }
    return pending;
  }

  private Replied send(Actor actor, InboxItem item, String body, String action) {
    long id = item.id();
    PostingAccount account = accounts.find(item.accountId()).orElseThrow();
    Connector connector = connectors.forPlatform(account.platform());
    PublishResult result;
    if (connector.capabilities().manual()) {
      result = PublishResult.manual("Post the reply on " + account.name() + " yourself; Steward has recorded it.");
    } else {
      AccountCredentials credentials = credentials(account, "reply to inbox item " + id)
          .orElseThrow(() -> new IllegalTransition("Steward has no sign-in details for " + account.name()
              + ": marketing sets them up on the account's page"));
      try {
        result = connector.publish(credentials, new PublishRequest("inbox-" + id + "-" + sha256(body),
            clock.instant(), body, List.of(), item.platformId()));
      } catch (ConnectorException e) {
        tx.executeWithoutResult(s -> items.history(id, actor, "reply-failed", e.getMessage(), clock.instant()));
        if (e.reason() == ConnectorException.Reason.TOO_LONG) {
          throw new InvalidInput("text", e.getMessage());
        }
        throw new IllegalTransition("The reply did not go out: " + e.getMessage());
      }
    }
    PublishResult done = result;
    return tx.execute(s -> {
      Instant now = clock.instant();
      items.locked(id);
      items.responded(id, now);
      boolean sent = done.outcome() != PublishResult.Outcome.READY_FOR_MANUAL_POSTING;
      String url = sent && done.post().url() != null ? done.post().url().toString() : null;
      items.history(id, actor, sent ? action : action.equals("replied") ? "reply-recorded" : action, body, now);
      audit.record(actor, "moderation.item-replied", "inbox-item", Long.toString(id), sent ? "sent" : "manual");
      return new Replied(sent, url, done.instructions(), false, null);
    });
  }

  /** Hides the item on the platform, where it allows; criticism is never hidden (SAF-8). */
  void hide(Actor actor, long id) {
    InboxItem item = tx.execute(s -> access.actionable(actor, id, "hide inbox item"));
    if (item.triage() == Triage.NEEDS_REPLY) {
      throw new IllegalTransition("Criticism is answered, never hidden: reply to it instead");
    }
    if (item.hiddenAt() != null) {
      throw new IllegalTransition("This item is already hidden");
    }
    PostingAccount account = accounts.find(item.accountId()).orElseThrow();
    String problem = hideOnPlatform(actor, account, item);
    if (problem != null) {
      throw new IllegalTransition(problem);
    }
  }

  /** On arrival, as the system: abuse and others' personal data are hidden at once where the platform allows. */
  void hideOnArrival(PostingAccount account, InboxItem item) {
    if (item.triage().hide()) {
      hideOnPlatform(Actor.SYSTEM, account, item);
    }
  }

  /** Hides it and records what happened; returns the problem in plain words, or null when hidden. */
  private String hideOnPlatform(Actor actor, PostingAccount account, InboxItem item) {
    Connector connector = connectors.forPlatform(account.platform());
    String problem = null;
    if (!connector.capabilities().supports(Capabilities.Feature.HIDE_REPLIES)) {
      problem = "This platform does not let Steward hide replies: hide or delete it on the platform";
    } else {
      Optional<AccountCredentials> credentials = credentials(account, "hide inbox item " + item.id());
      if (credentials.isEmpty()) {
        problem = "Steward has no sign-in details for " + account.name();
      } else {
        try {
          connector.hideReply(credentials.get(), item.platformId());
        } catch (ConnectorException e) {
          problem = "The platform did not hide it: " + e.getMessage();
        }
      }
    }
    String why = problem;
    tx.executeWithoutResult(s -> {
      Instant now = clock.instant();
      items.hidden(item.id(), why == null ? now : null, why == null ? null : InboxArrival.cut(why, 500));
      items.history(item.id(), actor, why == null ? "hidden" : "hide-failed",
          why == null ? "Hidden on the platform" : why, now);
      if (why == null) {
        audit.record(actor, "moderation.item-hidden", "inbox-item", Long.toString(item.id()), item.triage().code());
      }
    });
    return problem;
  }

  /** Resolves the item, with a note; resolving counts as the first response when none came before. */
  void resolve(Actor actor, long id, String note) {
    String n = note == null ? "" : note.strip();
    if (n.length() > MAX_NOTE) {
      throw new InvalidInput("note", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    tx.executeWithoutResult(s -> {
      access.actionable(actor, id, "resolve inbox item");
      InboxItem item = items.locked(id).orElseThrow();
      if (!item.open()) {
        throw new IllegalTransition("This item is already resolved");
      }
      if (item.triage() == Triage.NEEDS_REPLY && item.firstResponseAt() == null && n.isEmpty()) {
        throw new InvalidInput("note", "Reply first, or say why this needs no reply");
      }
      Instant now = clock.instant();
      items.responded(id, now);
      items.resolve(id);
      items.history(id, actor, "resolved", n.isEmpty() ? "Resolved" : n, now);
      audit.record(actor, "moderation.item-resolved", "inbox-item", Long.toString(id), "resolved");
    });
  }

  private Optional<AccountCredentials> credentials(PostingAccount account, String purpose) {
    var signIn = tx.execute(s -> accounts.signIn(Actor.SYSTEM, account.id(), purpose));
    return signIn == null ? Optional.empty()
        : signIn.map(x -> new AccountCredentials(x.server(), x.handle(), x.secret()));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
