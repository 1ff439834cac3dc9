package org.steward.app.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.home.WorkItem;
import org.steward.app.home.WorkItem.Urgency;
import org.steward.app.home.WorkWaiting;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * The inbox on "What needs you now": per account the person works on, the open items (urgent when
 * one is overdue, abusive or someone's personal data); for the posts' approvers, each reply waiting for
 * them (never their own).
 */
@Component
class InboxWork implements WorkWaiting {
  private final InboxAccess access;
  private final InboxItems items;
  private final Clock clock;
  private final org.steward.app.posts.ReplyApprovals approvals;

  InboxWork(InboxAccess access, InboxItems items, Clock clock, org.steward.app.posts.ReplyApprovals approvals) {
    this.approvals = approvals;
    this.access = access;
    this.items = items;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor) {
    List<WorkItem> out = new ArrayList<>();
    if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      return out;
    }
    Instant now = clock.instant();
    // The safeguarding lead's to-do for a concern from the inbox is the case's (cases.Concerns).
    for (InboxItems.Waiting w : items.pendingReplies(200)) {
      // Never the author (no self-approval); a reply without a recorded author is still someone else's.
      if (!java.util.Objects.equals(w.reply().authorId(), actor.personId()) && approvals.approves(actor, w.accountId())) {
        out.add(new WorkItem("A reply from the inbox waits for your approval", "/moderation/items/" + w.reply().itemId(),
            Urgency.URGENT, w.reply().submittedAt()));
      }
    }
    Map<Long, PostingAccount> accounts = access.accountsOf(actor);
    List<InboxItem> open = items.ofAccounts(accounts.keySet(), true, InboxViews.LIMIT);
    for (PostingAccount a : accounts.values()) {
      List<InboxItem> mine = open.stream().filter(i -> i.accountId() == a.id()).toList();
      if (mine.isEmpty()) {
        continue;
      }
      long overdue = mine.stream().filter(i -> i.overdue(now)).count();
      boolean harmful = mine.stream().anyMatch(i -> i.triage() != Triage.NEEDS_REPLY);
      Instant oldest = mine.stream().map(InboxItem::arrivedAt).min(Instant::compareTo).orElse(null);
      out.add(new WorkItem(mine.size() + (mine.size() == 1 ? " item waits" : " items wait") + " in the inbox of "
          + a.name() + (overdue > 0 ? " (" + overdue + " overdue)" : ""), "/moderation/accounts/" + a.id(),
          overdue > 0 || harmful ? Urgency.URGENT : Urgency.NORMAL, oldest));
    }
    return out;
  }
}
