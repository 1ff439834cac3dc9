package org.steward.app.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;

/** What the inbox pages and the API show, for the person looking. */
@Service
class InboxViews {
  static final int LIMIT = 500;

  private final InboxItems items;
  private final InboxAccess access;
  private final PeopleService people;
  private final ConnectorRegistry connectors;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.steward.app.accounts.AccountPosting accounts;
  private final org.steward.app.posts.ReplyApprovals approvals;

  InboxViews(InboxItems items, InboxAccess access, PeopleService people, ConnectorRegistry connectors,
      AuditTrail audit, Clock clock, org.steward.app.accounts.AccountPosting accounts,
      org.steward.app.posts.ReplyApprovals approvals) {
    this.accounts = accounts;
    this.approvals = approvals;
    this.items = items;
    this.access = access;
    this.people = people;
    this.connectors = connectors;
    this.audit = audit;
    this.clock = clock;
  }

  /** One line of an inbox. */
  record Row(InboxItem item, String accountName, String assignee, boolean overdue) {}

  /** An inbox: the accounts it covers and their items, most urgent first. */
  record Inbox(String title, List<PostingAccount> accounts, List<Row> rows, long open) {}

  /** The combined inbox of every account the person works on (all of them for marketing). */
  @Transactional(readOnly = true)
  Inbox combined(Actor actor, boolean openOnly) {
    Map<Long, PostingAccount> accounts = access.accountsOf(actor);
    List<Row> rows = rows(items.ofAccounts(accounts.keySet(), openOnly, LIMIT), accounts);
    if (actor.holds(org.steward.app.identity.Role.SAFEGUARDING_LEAD)) {
      Set<Long> shown = new HashSet<>();
      rows.forEach(r -> shown.add(r.item().id()));
      List<InboxItem> escalated = items.escalated(LIMIT).stream().filter(i -> !shown.contains(i.id())).toList();
      List<Row> all = new ArrayList<>(rows(escalated, Map.of()));
      all.addAll(rows);
      rows = all;
    }
    return new Inbox(InboxAccess.marketing(actor) ? "Inbox: every account" : "Inbox: your accounts",
        List.copyOf(accounts.values()), rows, rows.stream().filter(r -> r.item().open()).count());
  }

  /** One account's inbox. */
  @Transactional(readOnly = true)
  Inbox ofAccount(Actor actor, long accountId, boolean openOnly) {
    PostingAccount a = access.account(actor, accountId);
    List<Row> rows = rows(items.ofAccounts(List.of(accountId), openOnly, LIMIT), Map.of(a.id(), a));
    return new Inbox("Inbox: " + a.name(), List.of(a), rows, items.countOpen(List.of(accountId)));
  }

  /** One item, its history, who it may be assigned to and what the platform allows. */
  record Detail(Row row, List<InboxItem.Event> history, List<Person> assignable, boolean canAct,
      boolean canHide, boolean manual, String platformName, Long unitId, InboxItems.PendingReply pending,
      boolean canApprove) {}

  @Transactional
  Detail detail(Actor actor, long id) {
    InboxItem item = access.item(actor, id, "open inbox item");
    Map<Long, PostingAccount> mine = access.accountsOf(actor);
    PostingAccount account = mine.get(item.accountId());
    boolean canAct = account != null;
    if (!canAct) {
      // The safeguarding lead reads an escalated item: every such view is in the audit trail.
      audit.record(actor, "moderation.item-viewed", "inbox-item", Long.toString(id), "escalated");
    }
    Capabilities caps = connectors.capabilities(item.platform());
    List<Person> assignable = new ArrayList<>();
    if (account != null) {
      List<Long> ids = new ArrayList<>(account.managers());
      ids.addAll(account.helpers());
      assignable.addAll(people.byIds(ids).values());
      assignable.sort(java.util.Comparator.comparing(Person::displayName));
    }
    InboxItems.PendingReply pending = items.pending(id).orElse(null);
    boolean canApprove = pending != null && approvals.approvalRefusal(actor, item.accountId(), pending.authorId()).isEmpty();
    Row row = rows(List.of(item), account == null ? Map.of() : Map.of(account.id(), account)).get(0);
    return new Detail(row, items.history(id), assignable, canAct && item.open(),
        canAct && item.open() && item.triage() != Triage.NEEDS_REPLY && item.hiddenAt() == null
            && caps.supports(Capabilities.Feature.HIDE_REPLIES),
        caps.manual(), item.platform(), account == null ? accounts.find(item.accountId()).map(a -> (Long) a.unitId())
            .orElse(null) : (Long) account.unitId(), pending, canApprove);
  }

  private List<Row> rows(List<InboxItem> list, Map<Long, PostingAccount> accounts) {
    List<Long> assignees = list.stream().map(InboxItem::assigneeId).filter(java.util.Objects::nonNull).distinct().toList();
    Map<Long, Person> names = assignees.isEmpty() ? Map.of() : people.byIds(assignees);
    var now = clock.instant();
    return list.stream().map(i -> new Row(i,
        accounts.containsKey(i.accountId()) ? accounts.get(i.accountId()).name() : "Account " + i.accountId(),
        i.assigneeId() == null || !names.containsKey(i.assigneeId()) ? null : names.get(i.assigneeId()).displayName(),
        i.overdue(now))).toList();
  }
}
