package org.steward.app.accounts.vault;

import org.steward.app.crypto.TamperedSecretException;
import org.steward.app.crypto.VaultKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.engine.Clause;

/**
 * The vault against a real database (H2 and PostgreSQL subclasses): a changed ciphertext in the
 * table is detected, and the master key is rotated by re-wrapping data keys while both keys work.
 */
@Clause({"ACC-5", "ACC-6"})
abstract class VaultRotationTests {
  static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
  static final String KEY_B;

  static {
    byte[] b = new byte[32];
    b[0] = 1;
    KEY_B = Base64.getEncoder().encodeToString(b);
  }

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  TransactionTemplate tx;
  long accountId;

  @BeforeEach
  void anAccount() {
    tx = new TransactionTemplate(transactions);
    jdbc.sql("delete from account_secrets").update();
    long unit = jdbc.sql("select coalesce(min(id), 0) from units").query(Long.class).single();
    if (unit == 0) {
      jdbc.sql("insert into units (code, name, kind) values ('V', 'Vault test', 'group')").update();
      unit = jdbc.sql("select min(id) from units").query(Long.class).single();
    }
    long person = jdbc.sql("select coalesce(min(id), 0) from people").query(Long.class).single();
    if (person == 0) {
      jdbc.sql("insert into people (kind, given_name, family_name, email, username, unit_id)"
          + " values ('staff', 'V', 'T', 'v@t.example', 'vt', ?)").param(unit).update();
      person = jdbc.sql("select min(id) from people").query(Long.class).single();
    }
    jdbc.sql("insert into accounts (platform, handle, handle_key, name, unit_id, purpose, audience,"
            + " visibility, status, requested_by, requested_at, status_changed_at) values"
            + " ('x', ?, ?, 'Vault', ?, 'p', 'a', 'public', 'active', ?, ?, ?)")
        .params("h" + System.nanoTime(), "h" + System.nanoTime(), unit, person,
            java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now()).update();
    accountId = jdbc.sql("select max(id) from accounts").query(Long.class).single();
  }

  CredentialVault vault(String current, String previous) {
    return new CredentialVault(jdbc, new VaultKeys(current, previous, "/nonexistent/vault.key"), clock);
  }

  long store(CredentialVault v, String plain) {
    return tx.execute(s -> v.store(accountId, "password", "Password", plain, null));
  }

  @Test
  void aChangedCiphertextInTheTableIsDetectedNotDecrypted() {
    CredentialVault v = vault(KEY_A, "");
    long id = store(v, "correct horse battery staple");
    String ct = jdbc.sql("select ciphertext from account_secrets where id = ?").param(id)
        .query(String.class).single();
    byte[] raw = Base64.getDecoder().decode(ct);
    raw[raw.length - 1] ^= 0x40;
    jdbc.sql("update account_secrets set ciphertext = ? where id = ?")
        .params(Base64.getEncoder().encodeToString(raw), id).update();
    assertThatThrownBy(() -> v.open(accountId, id)).isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void aCiphertextCopiedFromAnotherKindDoesNotOpen() {
    CredentialVault v = vault(KEY_A, "");
    long pw = store(v, "the password");
    long token = tx.execute(s -> v.store(accountId, "token", "Token", "tok", null));
    jdbc.sql("update account_secrets set ciphertext = (select ciphertext from account_secrets where id = ?),"
        + " wrapped_key = (select wrapped_key from account_secrets where id = ?) where id = ?")
        .params(pw, pw, token).update();
    assertThatThrownBy(() -> v.open(accountId, token)).isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void theMasterKeyRotatesWithoutDowntime() {
    CredentialVault before = vault(KEY_A, "");
    long one = store(before, "first secret");
    long two = store(before, "second secret");
    Map<Long, String> ciphertexts = Map.of(
        one, jdbc.sql("select ciphertext from account_secrets where id = ?").param(one).query(String.class).single(),
        two, jdbc.sql("select ciphertext from account_secrets where id = ?").param(two).query(String.class).single());
    String idA = before.keys().ring().current().id();

    // Step 1: every node learns the new key as current and keeps the old one.
    CredentialVault during = vault(KEY_B, KEY_A);
    String idB = during.keys().ring().current().id();
    assertThat(during.open(accountId, one)).isEqualTo("first secret");
    long three = store(during, "third secret"); // new secrets use the new key at once
    // A node still on the old configuration keeps reading the old secrets meanwhile.
    assertThat(before.open(accountId, two)).isEqualTo("second secret");

    // Step 2: the job re-wraps data keys in batches; ciphertexts are untouched.
    assertThat(during.rewrapBatch(1)).isEqualTo(1);
    assertThat(during.rewrapBatch(100)).isEqualTo(1);
    assertThat(during.rewrapBatch(100)).isZero();
    assertThat(during.countByKey()).containsOnlyKeys(idB);
    for (var e : ciphertexts.entrySet()) {
      assertThat(jdbc.sql("select ciphertext from account_secrets where id = ?").param(e.getKey())
          .query(String.class).single()).isEqualTo(e.getValue());
    }

    // Step 3: the old key is removed; everything still opens.
    CredentialVault after = vault(KEY_B, "");
    assertThat(List.of(after.open(accountId, one), after.open(accountId, two), after.open(accountId, three)))
        .containsExactly("first secret", "second secret", "third secret");
    assertThat(idA).isNotEqualTo(idB);
  }
}
