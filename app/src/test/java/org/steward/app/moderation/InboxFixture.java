package org.steward.app.moderation;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.posts.TestAccounts;

/**
 * The inbox tests' people and accounts: an active official account, in the demo's Creative Arts
 * school unless told otherwise, made by the posts tests' {@link TestAccounts} as set up (the inbox
 * needs no posting rules of its own).
 */
final class InboxFixture {
  private final JdbcClient jdbc;
  private final PeopleService people;
  private final TestAccounts accounts;

  InboxFixture(JdbcClient jdbc, CredentialVault vault, PlatformTransactionManager transactions, PeopleService people) {
    this.jdbc = jdbc;
    this.people = people;
    this.accounts = new TestAccounts(jdbc, vault, transactions);
  }

  long personId(String username) {
    return accounts.personId(username);
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
    return accounts.active(unit, platform, name, handle, server, secret, now, managers);
  }
}
