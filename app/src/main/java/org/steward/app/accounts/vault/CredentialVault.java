package org.steward.app.accounts.vault;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.crypto.Envelope;
import org.steward.app.crypto.MasterKey;
import org.steward.app.crypto.MasterKeyRing;
import org.steward.app.crypto.VaultKeys;

/**
 * Stores and opens account secrets in {@code account_secrets}. Runs inside the caller's
 * transaction (the account service checks the role and writes the audit entry).
 */
@Component
public class CredentialVault {
  private final JdbcClient jdbc;
  private final VaultKeys keys;
  private final Clock clock;

  CredentialVault(JdbcClient jdbc, VaultKeys keys, Clock clock) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.clock = clock;
  }

  /** The associated data that binds a secret to its account and kind. */
  static String context(long accountId, String kind) {
    return "account:" + accountId + "|kind:" + kind;
  }

  /** Seals and stores a secret; returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long store(long accountId, String kind, String label, String plaintext, Long createdBy) {
    Envelope.Sealed s = Envelope.seal(keys.ring().current(),
        plaintext.getBytes(StandardCharsets.UTF_8), context(accountId, kind));
    var holder = new GeneratedKeyHolder();
    jdbc.sql("insert into account_secrets (account_id, kind, label, master_key_id, wrapped_key,"
            + " ciphertext, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(accountId, kind, label, s.masterKeyId(), s.wrappedKey(), s.ciphertext(), createdBy,
            OffsetDateTime.now(clock))
        .update(holder, "id");
    return holder.getKeyAs(Number.class).longValue();
  }

  /**
   * Opens a stored secret of this account.
   *
   * @throws TamperedSecretException if what is stored was changed
   * @throws java.util.NoSuchElementException if there is no such current secret
   */
  public String open(long accountId, long secretId) {
    record Row(String kind, String masterKeyId, String wrappedKey, String ciphertext) {}
    Row row = jdbc.sql("select kind, master_key_id, wrapped_key, ciphertext from account_secrets"
            + " where id = ? and account_id = ? and retired_at is null")
        .params(secretId, accountId)
        .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional().orElseThrow();
    byte[] plain = Envelope.open(keys.ring(),
        new Envelope.Sealed(row.masterKeyId(), row.wrappedKey(), row.ciphertext()),
        context(accountId, row.kind()));
    return new String(plain, StandardCharsets.UTF_8);
  }

  /** Opens the newest current secret of {@code kind} of this account, if there is one. */
  public java.util.Optional<String> openCurrent(long accountId, String kind) {
    return jdbc.sql("select id from account_secrets where account_id = ? and kind = ? and retired_at is null"
            + " order by id desc limit 1")
        .params(accountId, kind).query(Long.class).optional().map(id -> open(accountId, id));
  }

  /** Retires every current secret of a kind (or all kinds when {@code kind} is null). */
  @Transactional(propagation = Propagation.MANDATORY)
  public int retire(long accountId, String kind) {
    return jdbc.sql("update account_secrets set retired_at = ? where account_id = ?"
            + " and retired_at is null" + (kind == null ? "" : " and kind = ?"))
        .params(kind == null ? List.of(OffsetDateTime.now(clock), accountId)
            : List.of(OffsetDateTime.now(clock), accountId, kind))
        .update();
  }

  /**
   * Re-wraps up to {@code batch} data keys that are not under the current master key, in one
   * short transaction; returns how many. The secrets' ciphertexts are not touched, so readers on
   * other nodes (which accept both keys) are never disturbed.
   */
  @Transactional
  public int rewrapBatch(int batch) {
    MasterKeyRing ring = keys.ring();
    MasterKey current = ring.current();
    record Row(long id, String masterKeyId, String wrappedKey) {}
    List<String> older = ring.ids().stream().filter(k -> !k.equals(current.id())).toList();
    if (older.isEmpty()) {
      return 0;
    }
    // Only keys this node knows: rows under a key it lacks are left for a node (or operator) that has it.
    List<Row> rows = jdbc.sql("select id, master_key_id, wrapped_key from account_secrets"
            + " where master_key_id in (:older) order by id limit :batch for update")
        .param("older", older).param("batch", batch)
        .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    int done = 0;
    for (Row r : rows) {
      Envelope.Sealed next = Envelope.rewrap(ring, new Envelope.Sealed(r.masterKeyId(),
          r.wrappedKey(), ""), current);
      done += jdbc.sql("update account_secrets set master_key_id = ?, wrapped_key = ?"
              + " where id = ? and master_key_id = ?")
          .params(next.masterKeyId(), next.wrappedKey(), r.id(), r.masterKeyId()).update();
    }
    return done;
  }

  /** How many stored secrets are wrapped by each master key id. */
  public java.util.Map<String, Long> countByKey() {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    jdbc.sql("select master_key_id, count(*) from account_secrets group by master_key_id")
        .query(rs -> {
          out.put(rs.getString(1), rs.getLong(2));
        });
    return out;
  }

  public VaultKeys keys() {
    return keys;
  }

  /** Lists secrets (ids, kinds, labels) of an account, never their values. */
  public List<SecretRow> list(long accountId) {
    return jdbc.sql("select id, kind, label, created_at from account_secrets where account_id = ?"
            + " and retired_at is null order by id")
        .param(accountId)
        .query((rs, i) -> new SecretRow(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** A stored secret without its value. */
  public record SecretRow(long id, String kind, String label, java.time.Instant createdAt) {}
}
