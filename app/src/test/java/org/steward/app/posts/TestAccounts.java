package org.steward.app.posts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.identity.Actor;

/**
 * An active official account for the posts and inbox tests, in the demo's Creative Arts school,
 * with its managers and a platform secret in the vault, as marketing's set-up leaves it (written
 * straight to the accounts tables: the accounts feature's own tests cover the request and set-up).
 * The posts tests also say whether its posts need approval ({@link #create}); the inbox tests use
 * the account as set up ({@link #active}).
 */
public final class TestAccounts {
  private final JdbcClient jdbc;
  private final CredentialVault vault;
  private final PlatformTransactionManager transactions;
  private final PostAccountRules rules;

  public TestAccounts(JdbcClient jdbc, CredentialVault vault, PlatformTransactionManager transactions,
      PostAccountRules rules) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.transactions = transactions;
    this.rules = rules;
  }

  /** For tests that need accounts only as set up ({@link #active}), not their posting rules. */
  public TestAccounts(JdbcClient jdbc, CredentialVault vault, PlatformTransactionManager transactions) {
    this(jdbc, vault, transactions, null);
  }

  public long personId(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  /**
   * An account on {@code platform} at {@code server} (its web address) signing in as {@code handle}
   * with {@code secret}, run by {@code managers}; every post needs an approval when {@code approval}.
   */
  public long create(String platform, String name, String handle, String server, String secret, boolean approval,
      Instant now, String... managers) {
    long unit = jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single();
    return create(unit, platform, name, handle, server, secret, approval, now, managers);
  }

  /** The same in {@code unit}. */
  public long create(long unit, String platform, String name, String handle, String server, String secret,
      boolean approval, Instant now, String... managers) {
    if (rules == null) {
      throw new IllegalStateException("these test accounts were made without the posts' account rules");
    }
    long id = active(unit, platform, name, handle, server, secret, now, managers);
    rules.set(Actor.SYSTEM, id, approval, "");
    return id;
  }

  /** An active account of {@code unit}, run by {@code managers} (usernames), with no posting rules of its own. */
  public long active(long unit, String platform, String name, String handle, String server, String secret, Instant now,
      String... managers) {
    OffsetDateTime ts = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into accounts (platform, handle, handle_key, url, name, unit_id, purpose, audience, visibility,"
            + " status, requested_by, requested_at, set_up_at, status_changed_at) values (?, ?, ?, ?, ?, ?,"
            + " 'News of the school', 'prospective learners', 'public', 'active', ?, ?, ?, ?)")
        .params(platform, "@" + handle, handle.toLowerCase(), server, name, unit, personId(managers[0]), ts, ts, ts)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (String manager : List.of(managers)) {
      jdbc.sql("insert into account_managers (account_id, person_id, capacity, platform_admin, added_at)"
          + " values (?, ?, 'manager', true, ?)").params(id, personId(manager), ts).update();
    }
    if (secret != null) {
      new TransactionTemplate(transactions).executeWithoutResult(s -> vault.store(id, "token", "Platform token", secret, null));
    }
    return id;
  }
}
