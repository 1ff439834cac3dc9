package org.steward.app.moderation;

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
import org.steward.app.people.PeopleService;

/**
 * An active official account for the inbox tests, in the demo's Creative Arts school, with its
 * managers and a platform secret in the vault, as marketing's set-up leaves it (written straight to
 * the accounts tables: the accounts feature's own tests cover the request and set-up).
 */
final class InboxFixture {
  private final JdbcClient jdbc;
  private final CredentialVault vault;
  private final PlatformTransactionManager transactions;
  private final PeopleService people;

  InboxFixture(JdbcClient jdbc, CredentialVault vault, PlatformTransactionManager transactions, PeopleService people) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.transactions = transactions;
    this.people = people;
  }

  long personId(String username) {
    return jdbc.sql("select id from people where username = ?").param(username).query(Long.class).single();
  }

  Actor actor(String username) {
    var p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  long account(String platform, String name, String handle, String server, String secret, Instant now,
      String... managers) {
    return account(jdbc.sql("select id from units where code = 'CANDI-CREATIVE'").query(Long.class).single(),
        platform, name, handle, server, secret, now, managers);
  }

  /** An active account of {@code unit}, run by {@code managers} (usernames). */
  long account(long unit, String platform, String name, String handle, String server, String secret, Instant now,
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
