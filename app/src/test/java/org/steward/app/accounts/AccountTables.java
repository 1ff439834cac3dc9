package org.steward.app.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the accounts tables between tests (the audit trail is append-only and stays). */
final class AccountTables {
  private AccountTables() {}

  static void empty(JdbcClient jdbc) {
    for (String t : new String[] {"account_approvals", "account_managers", "account_secrets",
        "account_posts", "account_tasks", "account_investigations", "accounts", "notifications"}) {
      jdbc.sql("delete from " + t).update();
    }
  }
}
