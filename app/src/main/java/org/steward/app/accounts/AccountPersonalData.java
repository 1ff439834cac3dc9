package org.steward.app.accounts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * Official accounts' part. The registry is the institution's record of its accounts (who asked,
 * who approved, who set up, ACC-1, ACC-2), so erasure keeps those ids, pseudonymous once the
 * person's name is erased, and removes what is about the person rather than the account: their
 * places as manager or helper, and the notes they wrote on approvals, tasks and refusals. No
 * secret's value is ever exported.
 */
@Component
@Order(30)
class AccountPersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;

  AccountPersonalData(JdbcClient jdbc) {
    super("Official accounts",
        "accounts", "account_approvals", "account_managers", "account_secrets", "account_posts", "account_tasks", "account_investigations");
    this.jdbc = jdbc;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    jdbc.sql("select id, name, platform, handle, status, requested_at, requested_by, on_behalf_of, rejected_by,"
            + " set_up_by from accounts where requested_by = ? or on_behalf_of = ? or rejected_by = ? or set_up_by = ?"
            + " order by id").params(personId, personId, personId, personId)
        .query((rs, i) -> {
          List<String> parts = new ArrayList<>();
          if (rs.getLong("requested_by") == personId) {
            parts.add("asked for it");
          }
          if (Long.valueOf(personId).equals(rs.getObject("on_behalf_of", Long.class))) {
            parts.add("asked for on your behalf");
          }
          if (Long.valueOf(personId).equals(rs.getObject("rejected_by", Long.class))) {
            parts.add("refused it");
          }
          if (Long.valueOf(personId).equals(rs.getObject("set_up_by", Long.class))) {
            parts.add("set it up");
          }
          return PersonalRecord.of("Official account", rs.getLong("id"),
              rs.getObject("requested_at", OffsetDateTime.class).toInstant(), "Account", rs.getString("name"),
              "Platform", rs.getString("platform"), "Handle", rs.getString("handle"), "Status", rs.getString("status"),
              "Your part", String.join(", ", parts));
        }).list().forEach(out::add);
    jdbc.sql("select account_id, capacity, decided_at, note from account_approvals where approver_id = ? order by decided_at")
        .param(personId).query((rs, i) -> PersonalRecord.of("Approval of an official account", rs.getLong(1),
            rs.getObject(3, OffsetDateTime.class).toInstant(), "As", rs.getString(2), "Note", rs.getString(4)))
        .list().forEach(out::add);
    jdbc.sql("select account_id, capacity, platform_admin, added_at from account_managers where person_id = ? order by added_at")
        .param(personId).query((rs, i) -> PersonalRecord.of("Managing an official account", rs.getLong(1),
            rs.getObject(4, OffsetDateTime.class).toInstant(), "As", rs.getString(2),
            "Platform administrator", Boolean.toString(rs.getBoolean(3))))
        .list().forEach(out::add);
    jdbc.sql("select id, account_id, kind, label, created_at from account_secrets where created_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Credential you stored (value not shown)", rs.getLong(1),
            rs.getObject(5, OffsetDateTime.class).toInstant(), "Account", Long.toString(rs.getLong(2)),
            "Kind", rs.getString(3), "Label", rs.getString(4)))
        .list().forEach(out::add);
    jdbc.sql("select id, account_id, posted_at from account_posts where recorded_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Post you recorded", rs.getLong(1),
            rs.getObject(3, OffsetDateTime.class).toInstant(), "Account", Long.toString(rs.getLong(2))))
        .list().forEach(out::add);
    jdbc.sql("select id, account_id, kind, done_at, outcome from account_tasks where done_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Account task you completed", rs.getLong(1),
            rs.getObject(4, OffsetDateTime.class).toInstant(), "Account", Long.toString(rs.getLong(2)),
            "Task", rs.getString(3), "Outcome", rs.getString(5)))
        .list().forEach(out::add);
    jdbc.sql("select id, account_id, opened_at, status from account_investigations where opened_by = ? order by id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Investigation you opened", rs.getLong(1),
            rs.getObject(3, OffsetDateTime.class).toInstant(), "Account", Long.toString(rs.getLong(2)),
            "Status", rs.getString(4)))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = jdbc.sql("delete from account_managers where person_id = ?").param(personId).update();
    n += jdbc.sql("update account_approvals set note = null where approver_id = ? and note is not null")
        .param(personId).update();
    n += jdbc.sql("update account_tasks set outcome = null where done_by = ? and outcome is not null")
        .param(personId).update();
    n += jdbc.sql("update accounts set rejection_reason = null where rejected_by = ? and rejection_reason is not null")
        .param(personId).update();
    return n;
  }
}
