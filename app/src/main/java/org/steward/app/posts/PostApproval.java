package org.steward.app.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;

/**
 * From draft to approved: the author submits (the check runs again; a blocking finding must be
 * fixed first), the pack says whether an approval is needed and by whom; an approver who is not
 * the author approves, rejects with a note, or returns the post with suggested edits; a post not
 * approved before its scheduled time expires instead of going out late. Each step notifies the
 * people it concerns, in the app and by e-mail.
 */
@Service
public class PostApproval {
  static final int MAX_NOTE = 2_000;

  private final Posts posts;
  private final PostGuards guards;
  private final PostCheck check;
  private final PostComposing composing;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final Clock clock;

  PostApproval(Posts posts, PostGuards guards, PostCheck check, PostComposing composing, AuditTrail audit,
      Notifications notifications, Clock clock) {
    this.posts = posts;
    this.guards = guards;
    this.check = check;
    this.composing = composing;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Submits a draft: to the approvers when the pack says it needs one, else approved at once. */
  @Transactional
  public PostState submit(Actor actor, long id) {
    Post post = posts.locked(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requireWriter(actor, account, id, "submit post");
    post.moveTo(PostState.SUBMITTED);
    Instant now = clock.instant();
    if (post.scheduledFor() != null && !post.scheduledFor().isAfter(now)) {
      throw new InvalidInput("scheduledFor", "The time to publish has passed: choose a later time or none.");
    }
    PostCheck.Outcome outcome = composing.recheck(id, account, post.text(), now);
    if (outcome.blocked()) {
      List<String> clauses = outcome.findings().stream().filter(f -> "block".equals(f.severity()))
          .map(StoredFinding::clause).distinct().toList();
      throw new InvalidInput(List.of(new FieldProblem("text", "The policy does not allow this post ("
          + String.join(", ", clauses) + "): change what the findings show, then submit again.")),
          "The post was not submitted", null);
    }
    boolean learner = post.authorId() != null && guards.learner(actorFor(actor, post));
    List<String> reasons = check.approvalReasons(account, learner, posts.rules(account.id()).approvalRequired(),
        outcome);
    posts.approvalReasons(id, reasons.isEmpty() ? null : String.join("; ", reasons));
    if (!reasons.isEmpty()) {
      posts.move(id, PostState.SUBMITTED, now);
      posts.history(id, actor.personId(), post.state(), PostState.SUBMITTED, "Needs approval: "
          + String.join("; ", reasons), now);
      audit.record(actor, "post.submitted", "post", Long.toString(id), null);
      List<Long> approvers = guards.approvers(account, post.authorId());
      notifications.notify(approvers, "A post for " + account.name() + " waits for your approval",
          "/posts/" + id);
      return PostState.SUBMITTED;
    }
    PostState to = post.scheduledFor() != null ? PostState.SCHEDULED : PostState.APPROVED;
    posts.move(id, to, now);
    posts.history(id, actor.personId(), post.state(), to, "No approval needed", now);
    audit.record(actor, "post.submitted", "post", Long.toString(id), "no approval needed");
    return to;
  }

  /** The author's actor (for their kind) when someone else submits for them. */
  private static Actor actorFor(Actor actor, Post post) {
    return post.authorId().equals(actor.personId()) ? actor
        : new Actor(post.authorId(), "author", List.of());
  }

  /** Approves a submitted post: scheduled when it has a time, else ready to publish. */
  @Transactional
  public PostState approve(Actor actor, long id, String note) {
    Post post = posts.locked(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requireApprover(actor, post, account, "approve post");
    if (post.state() != PostState.SUBMITTED) {
      throw new IllegalTransition("Only a post waiting for approval can be approved; this one is "
          + post.state().label().toLowerCase(Locale.ROOT) + ".");
    }
    requireShort("note", note);
    Instant now = clock.instant();
    if (post.scheduledFor() != null && !post.scheduledFor().isAfter(now)) {
      throw new IllegalTransition("The time to publish this post has passed: it expires instead of going"
          + " out late.");
    }
    PostCheck.Outcome outcome = composing.recheck(id, account, post.text(), now);
    if (outcome.blocked()) {
      throw new IllegalTransition("The policy now blocks this post: return it to the author with the edits"
          + " it needs.");
    }
    PostState to = post.scheduledFor() != null ? PostState.SCHEDULED : PostState.APPROVED;
    post.moveTo(to);
    posts.decide(id, actor.personId(), blank(note) ? null : note.strip(), now);
    posts.move(id, to, now);
    posts.history(id, actor.personId(), post.state(), to, blank(note) ? null : note.strip(), now);
    audit.record(actor, "post.approved", "post", Long.toString(id), null);
    List<Long> tell = new ArrayList<>(account.managers());
    tell.add(post.authorId());
    tell.remove(actor.personId());
    notifications.notify(tell, to == PostState.SCHEDULED
        ? "Your post for " + account.name() + " is approved and scheduled"
        : "Your post for " + account.name() + " is approved: publish it", "/posts/" + id);
    return to;
  }

  /** Rejects a submitted post with a note the author reads (required). */
  @Transactional
  public void reject(Actor actor, long id, String note) {
    decideAgainst(actor, id, note, PostState.REJECTED, "reject post", "post.rejected",
        "Say why the post is rejected, so the author knows what to change.", "was rejected");
  }

  /** Returns a submitted post to its author as a draft, with the edits suggested (required). */
  @Transactional
  public void returnForEdits(Actor actor, long id, String note) {
    decideAgainst(actor, id, note, PostState.DRAFT, "return post", "post.returned",
        "Suggest the edits the post needs.", "came back with suggested edits");
  }

  private void decideAgainst(Actor actor, long id, String note, PostState to, String attempted, String action,
      String noteMissing, String told) {
    Post post = posts.locked(id);
    PostingAccount account = guards.account(post.accountId());
    guards.requireApprover(actor, post, account, attempted);
    if (post.state() != PostState.SUBMITTED) {
      throw new IllegalTransition("Only a post waiting for approval can be decided; this one is "
          + post.state().label().toLowerCase(Locale.ROOT) + ".");
    }
    if (blank(note)) {
      throw new InvalidInput("note", noteMissing);
    }
    requireShort("note", note);
    post.moveTo(to);
    Instant now = clock.instant();
    posts.decide(id, actor.personId(), note.strip(), now);
    posts.move(id, to, now);
    posts.history(id, actor.personId(), post.state(), to, note.strip(), now);
    audit.record(actor, action, "post", Long.toString(id), null);
    notifications.notify(List.of(post.authorId() == null ? -1L : post.authorId()).stream()
        .filter(x -> x > 0).toList(), "Your post for " + account.name() + " " + told, "/posts/" + id);
  }

  /**
   * Expires every submitted post whose scheduled time has come without an approval (it never goes
   * out late); tells the author and the approvers. Run by the scheduled job; returns the ids.
   */
  @Transactional
  public List<Long> expireDue() {
    return expireDue(clock.instant());
  }

  @Transactional
  List<Long> expireDue(Instant now) {
    List<Long> out = new ArrayList<>();
    for (long id : posts.dueToExpire(now)) {
      Post post = posts.locked(id);
      if (post.state() != PostState.SUBMITTED) {
        continue;
      }
      PostingAccount account = guards.account(post.accountId());
      posts.move(id, PostState.EXPIRED, now);
      posts.history(id, null, PostState.SUBMITTED, PostState.EXPIRED,
          "Not approved before its time to publish", now);
      audit.record(Actor.SYSTEM, "post.expired", "post", Long.toString(id), null);
      List<Long> tell = new ArrayList<>(guards.approvers(account, post.authorId()));
      if (post.authorId() != null) {
        tell.add(post.authorId());
      }
      notifications.notify(tell, "A post for " + account.name() + " expired: it was not approved before"
          + " its time", "/posts/" + id);
      out.add(id);
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void requireShort(String field, String s) {
    if (s != null && s.length() > MAX_NOTE) {
      throw new InvalidInput(field, "Keep the note to " + MAX_NOTE + " characters or fewer.");
    }
  }
}
