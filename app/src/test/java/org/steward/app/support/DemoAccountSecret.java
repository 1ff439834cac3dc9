package org.steward.app.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.accounts.vault.CredentialVault;

/**
 * The demo's TikTok account and its password in the vault, for tests that reveal a secret or are
 * refused one (the demo data has the account; the password is stored once if it is not there yet).
 */
public final class DemoAccountSecret {
  private DemoAccountSecret() {}

  /** The id of the demo's {@code @CandiCreativeTok} account. */
  public static long account(JdbcClient jdbc) {
    return jdbc.sql("select id from accounts where handle = '@CandiCreativeTok'").query(Long.class).single();
  }

  /** The id of the account's current password secret, stored with {@code value} if it has none. */
  public static long password(JdbcClient jdbc, CredentialVault vault, TransactionTemplate tx, long account,
      String value) {
    return jdbc.sql("select id from account_secrets where account_id = ? and kind = 'password'"
        + " and retired_at is null").param(account).query(Long.class).optional()
        .orElseGet(() -> tx.execute(t -> vault.store(account, "password", "Password", value, null)));
  }
}
