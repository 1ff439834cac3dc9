package org.steward.app.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.web.NotFound;

/**
 * Who sees which inbox: marketing (and its head) every account's, in one combined inbox; an
 * account's managers and helpers their accounts'; the designated safeguarding lead the items
 * escalated to them. Everyone else is refused, and the refusal audited.
 */
@Component
class InboxAccess {
  private final AccountPosting accounts;
  private final InboxItems items;
  private final RefusalAudit refusals;
  private final org.steward.app.posts.ReplyApprovals approvals;

  InboxAccess(AccountPosting accounts, InboxItems items, RefusalAudit refusals,
      org.steward.app.posts.ReplyApprovals approvals) {
    this.approvals = approvals;
    this.accounts = accounts;
    this.items = items;
    this.refusals = refusals;
  }

  static boolean marketing(Actor actor) {
    return actor.holdsAny(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
  }

  /** The accounts whose inbox the person sees, by id, in name order. */
  Map<Long, PostingAccount> accountsOf(Actor actor) {
    List<PostingAccount> list;
    if (marketing(actor)) {
      list = accounts.postable();
    } else if (actor.isSystem() || actor.holds(Role.LEARNER)) {
      list = List.of();
    } else {
      list = accounts.runBy(actor.personId());
    }
    Map<Long, PostingAccount> out = new LinkedHashMap<>();
    list.stream().sorted(java.util.Comparator.comparing(PostingAccount::name)).forEach(a -> out.put(a.id(), a));
    return out;
  }

  /** The account, when the person may work on its inbox; refused (403, audited) otherwise. */
  PostingAccount account(Actor actor, long accountId) {
    PostingAccount a = accounts.find(accountId).orElseThrow(() -> new NotFound("There is no account " + accountId));
    if (!marketing(actor) && !a.runBy(actor.personId())) {
      throw refusals.refuse(actor, "moderation", "account", Long.toString(accountId), "open the inbox",
          "Only the account's managers and marketing may open its inbox");
    }
    return a;
  }

  /** The item, when the person may see it: its account's people, or the safeguarding lead once escalated. */
  InboxItem item(Actor actor, long itemId, String attempted) {
    InboxItem item = items.find(itemId).orElseThrow(() -> new NotFound("There is no inbox item " + itemId));
    if (actor.holds(Role.SAFEGUARDING_LEAD) && item.escalatedAt() != null) {
      return item;
    }
    PostingAccount a = accounts.find(item.accountId()).orElse(null);
    if (marketing(actor) || (a != null && a.runBy(actor.personId()))) {
      return item;
    }
    // An approver reads an item whose reply waits for them (the posts' approvers for the account).
    if (a != null && items.pending(itemId).isPresent() && approvals.approves(actor, a.id())) {
      return item;
    }
    throw refusals.refuse(actor, "moderation", "inbox-item", Long.toString(itemId), attempted,
        "Only the account's managers, marketing, an approver of a waiting reply and, for concerns, the"
            + " safeguarding lead may do this");
  }

  /** Whether the person may act on the item (reply, hide, assign, resolve), not only read it. */
  InboxItem actionable(Actor actor, long itemId, String attempted) {
    InboxItem item = item(actor, itemId, attempted);
    PostingAccount a = accounts.find(item.accountId()).orElse(null);
    if (marketing(actor) || (a != null && a.runBy(actor.personId()))) {
      return item;
    }
    throw refusals.refuse(actor, "moderation", "inbox-item", Long.toString(itemId), attempted,
        "Only the account's managers and marketing may act on its inbox");
  }
}
