package org.steward.app.accounts;

import static org.steward.app.storage.StoredTime.instant;
import static org.steward.app.storage.StoredTime.stored;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.steward.app.web.NotFound;

/** Accounts and what belongs to them, with the SQL written out. Used only by this feature. */
@Repository
class Accounts {
  private static final String COLUMNS = "id, platform, handle, url, name, unit_id, purpose, audience,"
      + " visibility, teaching_group, posting_plan, moderation_plan, status, status_before_suspension,"
      + " requested_by, on_behalf_of, requested_at, rejected_by, rejection_reason, login_email,"
      + " set_up_by, set_up_at, last_post_at, dormant_since, closing_reason, content_archived,"
      + " credentials_retired, platform_account_gone, status_changed_at";

  private final JdbcClient jdbc;

  Accounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static Account account(ResultSet rs, int row) throws SQLException {
    String before = rs.getString("status_before_suspension");
    return new Account(rs.getLong("id"), Platform.stored(rs.getString("platform")),
        rs.getString("handle"), rs.getString("url"), rs.getString("name"), rs.getLong("unit_id"),
        rs.getString("purpose"), rs.getString("audience"),
        Visibility.fromCode(rs.getString("visibility")).orElseThrow(),
        rs.getBoolean("teaching_group"), rs.getString("posting_plan"),
        rs.getString("moderation_plan"), AccountStatus.fromCode(rs.getString("status")).orElseThrow(),
        before == null ? null : AccountStatus.fromCode(before).orElseThrow(),
        rs.getLong("requested_by"), rs.getObject("on_behalf_of", Long.class),
        instant(rs, "requested_at"), rs.getObject("rejected_by", Long.class),
        rs.getString("rejection_reason"), rs.getString("login_email"),
        rs.getObject("set_up_by", Long.class), instant(rs, "set_up_at"), instant(rs, "last_post_at"),
        instant(rs, "dormant_since"), rs.getString("closing_reason"),
        rs.getBoolean("content_archived"), rs.getBoolean("credentials_retired"),
        rs.getBoolean("platform_account_gone"), instant(rs, "status_changed_at"));
  }

  long insert(NewAccount a, long requestedBy, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into accounts (platform, handle, handle_key, url, name, unit_id, purpose,"
            + " audience, visibility, teaching_group, posting_plan, moderation_plan, status,"
            + " requested_by, on_behalf_of, requested_at, status_changed_at)"
            + " values (:platform, :handle, :key, :url, :name, :unit, :purpose, :audience,"
            + " :visibility, :teaching, :posting, :moderation, :status, :by, :behalf, :now, :now)")
        .param("platform", a.platform().code()).param("handle", a.handle().trim())
        .param("key", Account.handleKey(a.handle())).param("url", a.url())
        .param("name", a.name().trim()).param("unit", a.unitId()).param("purpose", a.purpose())
        .param("audience", a.audience()).param("visibility", a.visibility().code())
        .param("teaching", a.teachingGroup()).param("posting", a.postingPlan())
        .param("moderation", a.moderationPlan()).param("status", a.initialStatus().code())
        .param("by", requestedBy).param("behalf", a.onBehalfOf()).param("now", stored(now))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Optional<Account> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from accounts where id = ?").param(id)
        .query(Accounts::account).optional();
  }

  /** The account, or {@link NotFound} (404). */
  Account existing(long id) {
    return find(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
  }

  /** The account, its row locked until the transaction ends (serialises changes), or 404. */
  Account locked(long id) {
    return lock(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
  }

  /** Reads the account and locks its row until the transaction ends (serialises changes). */
  Optional<Account> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from accounts where id = ? for update").param(id)
        .query(Accounts::account).optional();
  }

  boolean handleTaken(Platform platform, String handle) {
    return jdbc.sql("select count(*) from accounts where platform = ? and handle_key = ?")
        .params(platform.code(), Account.handleKey(handle)).query(Long.class).single() > 0;
  }

  /** Filters for the registry list; null means any. */
  record Filter(Long unitId, AccountStatus status, Platform platform, String text) {
    static Filter none() {
      return new Filter(null, null, null, null);
    }
  }

  List<Account> search(Filter f, Collection<Long> unitScope, int limit, long offset) {
    var where = where(f, unitScope);
    var spec = jdbc.sql("select " + COLUMNS + " from accounts" + where.sql
        + " order by name, id limit :limit offset :offset")
        .param("limit", limit).param("offset", offset);
    for (var p : where.params) {
      spec = spec.param(p.name, p.value);
    }
    return spec.query(Accounts::account).list();
  }

  long count(Filter f, Collection<Long> unitScope) {
    var where = where(f, unitScope);
    var spec = jdbc.sql("select count(*) from accounts" + where.sql);
    for (var p : where.params) {
      spec = spec.param(p.name, p.value);
    }
    return spec.query(Long.class).single();
  }

  private record Param(String name, Object value) {}

  private record Where(String sql, List<Param> params) {}

  private static Where where(Filter f, Collection<Long> unitScope) {
    List<String> parts = new ArrayList<>();
    List<Param> params = new ArrayList<>();
    if (f.unitId() != null) {
      parts.add("unit_id = :unit");
      params.add(new Param("unit", f.unitId()));
    }
    if (unitScope != null) {
      if (unitScope.isEmpty()) {
        parts.add("1 = 0");
      } else {
        parts.add("unit_id in (:scope)");
        params.add(new Param("scope", unitScope));
      }
    }
    if (f.status() != null) {
      parts.add("status = :status");
      params.add(new Param("status", f.status().code()));
    }
    if (f.platform() != null) {
      parts.add("platform = :platform");
      params.add(new Param("platform", f.platform().code()));
    }
    if (f.text() != null && !f.text().isBlank()) {
      parts.add("(lower(name) like :text or lower(handle) like :text)");
      params.add(new Param("text", "%" + f.text().trim().toLowerCase() + "%"));
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  List<Account> inStatuses(Collection<AccountStatus> statuses) {
    return jdbc.sql("select " + COLUMNS + " from accounts where status in (:s) order by name, id")
        .param("s", statuses.stream().map(AccountStatus::code).toList())
        .query(Accounts::account).list();
  }

  /** Candidates for the similar-account check (ACC-3): every registered account but this one. */
  List<Account> allExcept(long exceptId) {
    return jdbc.sql("select " + COLUMNS + " from accounts where id <> ? and status <> 'rejected'"
            + " order by name, id").param(exceptId).query(Accounts::account).list();
  }

  void setStatus(long id, AccountStatus status, Instant now) {
    jdbc.sql("update accounts set status = ?, status_changed_at = ? where id = ?")
        .params(status.code(), stored(now), id).update();
  }

  void reject(long id, long by, String reason, Instant now) {
    jdbc.sql("update accounts set status = 'rejected', handle_key = null, rejected_by = ?,"
            + " rejection_reason = ?, status_changed_at = ? where id = ?")
        .params(by, reason, stored(now), id).update();
  }

  void setUp(long id, long by, String loginEmail, String url, Instant now) {
    jdbc.sql("update accounts set status = 'active', login_email = ?, url = coalesce(?, url),"
            + " set_up_by = ?, set_up_at = ?, status_changed_at = ? where id = ?")
        .params(loginEmail, url, by, stored(now), stored(now), id).update();
  }

  void markDormant(long id, Instant now) {
    jdbc.sql("update accounts set status = 'dormant', dormant_since = ?, status_changed_at = ?"
            + " where id = ?").params(stored(now), stored(now), id).update();
  }

  void reactivate(long id, Instant now) {
    jdbc.sql("update accounts set status = 'active', dormant_since = null,"
            + " status_before_suspension = null, status_changed_at = ? where id = ?")
        .params(stored(now), id).update();
  }

  void startClosing(long id, String reason, Instant now) {
    jdbc.sql("update accounts set status = 'closing', closing_reason = ?,"
            + " status_before_suspension = null, status_changed_at = ? where id = ?")
        .params(reason, stored(now), id).update();
  }

  void checklist(long id, boolean archived, boolean credentials, boolean platformGone) {
    jdbc.sql("update accounts set content_archived = ?, credentials_retired = ?,"
            + " platform_account_gone = ? where id = ?")
        .params(archived, credentials, platformGone, id).update();
  }

  void suspend(long id, AccountStatus before, Instant now) {
    jdbc.sql("update accounts set status = 'suspended', status_before_suspension = ?,"
            + " status_changed_at = ? where id = ?").params(before.code(), stored(now), id).update();
  }

  void recordPost(long id, Instant postedAt, String source, Long by) {
    jdbc.sql("insert into account_posts (account_id, posted_at, source, recorded_by) values (?, ?, ?, ?)")
        .params(id, stored(postedAt), source, by).update();
    jdbc.sql("update accounts set last_post_at = ? where id = ? and (last_post_at is null or last_post_at < ?)")
        .params(stored(postedAt), id, stored(postedAt)).update();
  }

  /** Posts per account since {@code since}, for every account (one query for a whole page). */
  java.util.Map<Long, Long> postCountsSince(Instant since) {
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    jdbc.sql("select account_id, count(*) from account_posts where posted_at >= ? group by account_id")
        .param(stored(since)).query(rs -> {
          out.put(rs.getLong(1), rs.getLong(2));
        });
    return out;
  }

  // Approvals (ACC-2)

  /** The approvals this request needs (the pack in force when it was made); null for older requests. */
  List<ApproverCapacity> requiredApprovers(long id) {
    String codes = jdbc.sql("select approvers from accounts where id = ?").param(id).query(String.class).optional()
        .orElse(null);
    return codes == null ? null : AccountPolicy.capacities(List.of(codes.split(",")));
  }

  void setRequiredApprovers(long id, List<ApproverCapacity> required) {
    jdbc.sql("update accounts set approvers = ? where id = ?")
        .params(String.join(",", required.stream().map(ApproverCapacity::code).toList()), id).update();
  }

  void addApproval(long id, ApproverCapacity capacity, long approver, String note, Instant now) {
    jdbc.sql("insert into account_approvals (account_id, capacity, approver_id, decided_at, note)"
            + " values (?, ?, ?, ?, ?)").params(id, capacity.code(), approver, stored(now), note).update();
  }

  List<Approval> approvals(long id) {
    // Names come from the people feature (AccountService), never from a join on its table.
    return jdbc.sql("select account_id, capacity, approver_id, decided_at, note"
            + " from account_approvals where account_id = ? order by decided_at")
        .param(id)
        .query((rs, i) -> new Approval(rs.getLong(1),
            ApproverCapacity.fromCode(rs.getString(2)).orElseThrow(), rs.getLong(3), null,
            instant(rs, "decided_at"), rs.getString(5)))
        .list();
  }

  // Managers (ACC-7, ACC-8)

  void addManager(long id, long personId, boolean helper, boolean platformAdmin, Instant now) {
    jdbc.sql("insert into account_managers (account_id, person_id, capacity, platform_admin, added_at)"
            + " values (?, ?, ?, ?, ?)")
        .params(id, personId, helper ? "helper" : "manager", platformAdmin, stored(now)).update();
  }

  int removeManager(long id, long personId) {
    return jdbc.sql("delete from account_managers where account_id = ? and person_id = ?")
        .params(id, personId).update();
  }

  List<AccountManager> managers(long id) {
    // Names (and their order) come from the people feature (AccountService), never a join.
    return jdbc.sql("select account_id, person_id, capacity, platform_admin, added_at"
            + " from account_managers where account_id = ? order by person_id")
        .param(id)
        .query((rs, i) -> new AccountManager(rs.getLong(1), rs.getLong(2), null,
            "helper".equals(rs.getString(3)), rs.getBoolean(4), instant(rs, "added_at")))
        .list();
  }

  /** Ids of accounts that {@code personId} manages as staff. */
  List<Long> managedBy(long personId) {
    return jdbc.sql("select account_id from account_managers where person_id = ? and capacity = 'manager'")
        .param(personId).query(Long.class).list();
  }

  /** Ids of accounts that {@code personId} manages or helps with. */
  List<Long> anyRoleOf(long personId) {
    return jdbc.sql("select account_id from account_managers where person_id = ? order by account_id")
        .param(personId).query(Long.class).list();
  }

  /** Staff managers per account, for every account (accounts with none are absent). */
  java.util.Map<Long, Long> staffManagerCounts() {
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    jdbc.sql("select account_id, count(*) from account_managers where capacity = 'manager'"
            + " group by account_id")
        .query(rs -> {
          out.put(rs.getLong(1), rs.getLong(2));
        });
    return out;
  }

  // Tasks

  long openTask(long id, String kind, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into account_tasks (account_id, kind, status, opened_at) values (?, ?, 'open', ?)")
        .params(id, kind, stored(now)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  int closeTasks(long id, String kind, Long doneBy, String outcome, Instant now) {
    return jdbc.sql("update account_tasks set status = 'done', done_at = ?, done_by = ?, outcome = ?"
            + " where account_id = ? and kind = ? and status = 'open'")
        .params(stored(now), doneBy, outcome, id, kind).update();
  }

  List<AccountTask> tasks(long id) {
    return jdbc.sql("select id, account_id, kind, status, opened_at, done_at, done_by, outcome"
            + " from account_tasks where account_id = ? order by id desc")
        .param(id).query(Accounts::task).list();
  }

  List<AccountTask> openTasks(String kind) {
    return jdbc.sql("select id, account_id, kind, status, opened_at, done_at, done_by, outcome"
            + " from account_tasks where status = 'open' and kind = ? order by opened_at")
        .param(kind).query(Accounts::task).list();
  }

  private static AccountTask task(ResultSet rs, int i) throws SQLException {
    return new AccountTask(rs.getLong("id"), rs.getLong("account_id"), rs.getString("kind"),
        rs.getString("status"), instant(rs, "opened_at"), instant(rs, "done_at"),
        rs.getObject("done_by", Long.class), rs.getString("outcome"));
  }

  // Investigations (ACC-12)

  long openInvestigation(long id, long by, String reason, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into account_investigations (account_id, opened_by, opened_at, reason, status)"
            + " values (?, ?, ?, ?, 'open')").params(id, by, stored(now), reason).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void closeInvestigations(long id, Instant now) {
    jdbc.sql("update account_investigations set status = 'closed', closed_at = ?"
            + " where account_id = ? and status = 'open'").params(stored(now), id).update();
  }

  List<Investigation> investigations(long id) {
    return jdbc.sql("select id, account_id, opened_by, opened_at, reason, status"
            + " from account_investigations where account_id = ? order by id desc")
        .param(id)
        .query((rs, i) -> new Investigation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            instant(rs, "opened_at"), rs.getString(5), rs.getString(6)))
        .list();
  }

  long openInvestigationCount() {
    return jdbc.sql("select count(*) from account_investigations where status = 'open'")
        .query(Long.class).single();
  }
}
