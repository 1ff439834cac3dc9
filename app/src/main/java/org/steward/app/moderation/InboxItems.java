package org.steward.app.moderation;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.steward.app.identity.Actor;
import org.steward.app.moderation.InboxItem.ItemState;

/** The inbox tables, used only inside the moderation package. */
@Repository
class InboxItems {
  private static final String COLUMNS = "id, account_id, platform, platform_id, url, author, body, reply_to,"
      + " posted_at, arrived_at, triage, verdict, findings, state, hidden_at, hide_problem, escalated_at,"
      + " assignee_id, due_at, first_response_at, alert_level";

  private final JdbcClient jdbc;

  InboxItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static InboxItem item(ResultSet rs, int row) throws SQLException {
    long assignee = rs.getLong("assignee_id");
    Long assigneeId = rs.wasNull() ? null : assignee;
    return new InboxItem(rs.getLong("id"), rs.getLong("account_id"), rs.getString("platform"),
        rs.getString("platform_id"), rs.getString("url"), rs.getString("author"), rs.getString("body"),
        rs.getString("reply_to"), instant(rs, "posted_at"), instant(rs, "arrived_at"),
        Triage.fromCode(rs.getString("triage")), rs.getString("verdict"), rs.getString("findings"),
        ItemState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)), instant(rs, "hidden_at"),
        rs.getString("hide_problem"), instant(rs, "escalated_at"), assigneeId, instant(rs, "due_at"),
        instant(rs, "first_response_at"), rs.getInt("alert_level"));
  }

  /** The new row to keep, before it has an id. */
  record NewItem(long accountId, String platform, String platformId, String url, String author, String body,
      String replyTo, Instant postedAt, Instant arrivedAt, Triage triage, String verdict, String findings,
      Instant dueAt) {}

  boolean seen(long accountId, String platformId) {
    return jdbc.sql("select count(*) from inbox_items where account_id = ? and platform_id = ?")
        .params(accountId, platformId).query(Long.class).single() > 0;
  }

  /** Keeps the item once: a reply seen again is the same item (empty then). */
  Optional<Long> insertIfNew(NewItem n) {
    if (seen(n.accountId(), n.platformId())) {
      return Optional.empty();
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into inbox_items (account_id, platform, platform_id, url, author, body, reply_to, posted_at,"
            + " arrived_at, triage, verdict, findings, state, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'open', ?)")
        .params(n.accountId(), n.platform(), n.platformId(), n.url(), n.author(), n.body(), n.replyTo(),
            stored(n.postedAt()), stored(n.arrivedAt()), n.triage().code(), n.verdict(), n.findings(), stored(n.dueAt()))
        .update(keys, "id");
    return Optional.of(keys.getKeyAs(Number.class).longValue());
  }

  Optional<InboxItem> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from inbox_items where id = ?").param(id).query(InboxItems::item)
        .optional();
  }

  Optional<InboxItem> locked(long id) {
    return jdbc.sql("select " + COLUMNS + " from inbox_items where id = ? for update").param(id)
        .query(InboxItems::item).optional();
  }

  /** The items of these accounts, open ones first in triage order, then the newest resolved. */
  List<InboxItem> ofAccounts(Collection<Long> accountIds, boolean openOnly, int limit) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from inbox_items where account_id in (:ids)"
            + (openOnly ? " and state = 'open'" : "")
            + " order by case when state = 'open' then 0 else 1 end,"
            + " case triage when 'safeguarding' then 0 when 'abuse' then 1 when 'personal-data' then 2 else 3 end,"
            + " arrived_at, id limit :limit")
        .param("ids", accountIds).param("limit", limit).query(InboxItems::item).list();
  }

  /** Open items with no first response whose target has passed, below {@code level}. */
  List<InboxItem> overdue(Instant now, int belowLevel) {
    return jdbc.sql("select " + COLUMNS + " from inbox_items where state = 'open' and first_response_at is null"
            + " and due_at < ? and alert_level < ? order by due_at, id")
        .params(stored(now), belowLevel).query(InboxItems::item).list();
  }

  List<InboxItem> escalated(int limit) {
    return jdbc.sql("select " + COLUMNS + " from inbox_items where escalated_at is not null and state = 'open'"
        + " order by escalated_at, id limit ?").param(limit).query(InboxItems::item).list();
  }

  void alerted(long id, int level) {
    jdbc.sql("update inbox_items set alert_level = ? where id = ? and alert_level < ?").params(level, id, level)
        .update();
  }

  void hidden(long id, Instant at, String problem) {
    jdbc.sql("update inbox_items set hidden_at = ?, hide_problem = ? where id = ?").params(stored(at), problem, id)
        .update();
  }

  void escalated(long id, Instant at) {
    jdbc.sql("update inbox_items set escalated_at = ? where id = ?").params(stored(at), id).update();
  }

  void assign(long id, Long personId) {
    jdbc.sql("update inbox_items set assignee_id = ? where id = ?").params(personId, id).update();
  }

  /** The first response counts once: later replies keep the first time. */
  void responded(long id, Instant at) {
    jdbc.sql("update inbox_items set first_response_at = ? where id = ? and first_response_at is null")
        .params(stored(at), id).update();
  }

  void resolve(long id) {
    jdbc.sql("update inbox_items set state = 'resolved' where id = ?").param(id).update();
  }

  void history(long itemId, Actor actor, String action, String detail, Instant at) {
    jdbc.sql("insert into inbox_history (item_id, at, actor_id, actor_name, action, detail) values (?, ?, ?, ?, ?, ?)")
        .params(itemId, stored(at), actor.personId(), actor.name(), action, detail == null ? "" : detail).update();
  }

  List<InboxItem.Event> history(long itemId) {
    return jdbc.sql("select at, actor_name, action, detail from inbox_history where item_id = ? order by at, id")
        .param(itemId)
        .query((rs, i) -> new InboxItem.Event(instant(rs, "at"), rs.getString("actor_name"), rs.getString("action"),
            rs.getString("detail")))
        .list();
  }

  /** Arrival and first response of every answered item of these accounts since {@code since}. */
  record Answered(long accountId, Instant arrivedAt, Instant firstResponseAt) {}

  List<Answered> answered(Collection<Long> accountIds, Instant since) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select account_id, arrived_at, first_response_at from inbox_items where account_id in (:ids)"
            + " and first_response_at is not null and arrived_at >= :since order by arrived_at")
        .param("ids", accountIds).param("since", stored(since))
        .query((rs, i) -> new Answered(rs.getLong("account_id"), instant(rs, "arrived_at"),
            instant(rs, "first_response_at")))
        .list();
  }

  long countOpen(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from inbox_items where state = 'open' and account_id in (:ids)")
        .param("ids", accountIds).query(Long.class).single();
  }

  Optional<Instant> lastSynced(long accountId) {
    return jdbc.sql("select last_synced_at from inbox_sync where account_id = ?").param(accountId)
        .query((rs, i) -> instant(rs, "last_synced_at")).optional();
  }

  void synced(long accountId, Instant at, String error) {
    int n = jdbc.sql("update inbox_sync set last_synced_at = ?, last_error = ? where account_id = ?")
        .params(stored(at), error, accountId).update();
    if (n == 0) {
      jdbc.sql("insert into inbox_sync (account_id, last_synced_at, last_error) values (?, ?, ?)")
          .params(accountId, stored(at), error).update();
    }
  }

  Optional<String> lastError(long accountId) {
    return jdbc.sql("select last_error from inbox_sync where account_id = ?").param(accountId)
        .query(String.class).optional();
  }

  // Replies waiting for an approval

  /** A staff reply waiting for an approval. */
  record PendingReply(long itemId, String text, Long authorId, String authorName, String reasons, Instant submittedAt) {}

  private static PendingReply pendingReply(ResultSet rs, int row) throws SQLException {
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new PendingReply(rs.getLong("item_id"), rs.getString("text"), authorId, rs.getString("author_name"),
        rs.getString("reasons"), instant(rs, "submitted_at"));
  }

  Optional<PendingReply> pending(long itemId) {
    return jdbc.sql("select item_id, text, author_id, author_name, reasons, submitted_at from inbox_pending_replies"
        + " where item_id = ?").param(itemId).query(InboxItems::pendingReply).optional();
  }

  void submitPending(PendingReply p) {
    jdbc.sql("insert into inbox_pending_replies (item_id, text, author_id, author_name, reasons, submitted_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(p.itemId(), p.text(), p.authorId(), p.authorName(), p.reasons(), stored(p.submittedAt())).update();
  }

  void clearPending(long itemId) {
    jdbc.sql("delete from inbox_pending_replies where item_id = ?").param(itemId).update();
  }

  /** The replies waiting for an approval, with their items' accounts, oldest first. */
  record Waiting(PendingReply reply, long accountId) {}

  List<Waiting> pendingReplies(int limit) {
    return jdbc.sql("select p.item_id, p.text, p.author_id, p.author_name, p.reasons, p.submitted_at, i.account_id"
            + " from inbox_pending_replies p join inbox_items i on i.id = p.item_id"
            + " order by p.submitted_at, p.item_id limit ?").param(limit)
        .query((rs, n) -> new Waiting(pendingReply(rs, n), rs.getLong("account_id"))).list();
  }
}
