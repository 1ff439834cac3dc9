package org.steward.app.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope encryption. A sealed secret is {@code (masterKeyId, wrappedKey,
 * ciphertext)}, each blob {@code base64(nonce(12) || ciphertext || tag(16))}. The secret is bound
 * to its context (account, kind) as associated data, so a ciphertext copied to another row does
 * not open; the data key is bound to the master key id.
 *
 * <p>A record with many parts (a case and its entries) keeps one data key ({@link DataKey}): wrapped
 * once, stored with the record, each part sealed under it with its own context ({@link
 * DataKey#seal}, {@link DataKey#open}).
 */
public final class Envelope {
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Envelope() {}

  /** A sealed secret as stored. */
  public record Sealed(String masterKeyId, String wrappedKey, String ciphertext) {}

  public static Sealed seal(MasterKey master, byte[] plaintext, String context) {
    SecretKey dataKey = newDataKey();
    String ciphertext = encrypt(dataKey, plaintext, context);
    String wrapped = encrypt(master.key(), dataKey.getEncoded(), "data-key:" + master.id());
    return new Sealed(master.id(), wrapped, ciphertext);
  }

  /**
   * Opens a sealed secret.
   *
   * @throws TamperedSecretException if the ciphertext, the wrapped key or the context changed
   */
  public static byte[] open(MasterKeyRing ring, Sealed sealed, String context) {
    MasterKey master = ring.byId(sealed.masterKeyId()).orElseThrow(() -> new IllegalStateException(
        "The vault master key " + sealed.masterKeyId() + " is not configured on this node"));
    byte[] dataKey = decrypt(master.key(), sealed.wrappedKey(), "data-key:" + master.id());
    return decrypt(new SecretKeySpec(dataKey, "AES"), sealed.ciphertext(), context);
  }

  /** Re-wraps the data key under {@code to}; the ciphertext of the secret stays as it is. */
  public static Sealed rewrap(MasterKeyRing ring, Sealed sealed, MasterKey to) {
    MasterKey from = ring.byId(sealed.masterKeyId()).orElseThrow(() -> new IllegalStateException(
        "The vault master key " + sealed.masterKeyId() + " is not configured on this node"));
    byte[] dataKey = decrypt(from.key(), sealed.wrappedKey(), "data-key:" + from.id());
    String wrapped = encrypt(to.key(), dataKey, "data-key:" + to.id());
    return new Sealed(to.id(), wrapped, sealed.ciphertext());
  }

  /**
   * A record's own data key, open in memory: {@link #wrappedKey()} and {@link #masterKeyId()} are
   * what is stored next to the record. Never stored or logged open.
   */
  public static final class DataKey {
    private final SecretKey key;
    private final String masterKeyId;
    private final String wrappedKey;

    private DataKey(SecretKey key, String masterKeyId, String wrappedKey) {
      this.key = key;
      this.masterKeyId = masterKeyId;
      this.wrappedKey = wrappedKey;
    }

    public String masterKeyId() {
      return masterKeyId;
    }

    public String wrappedKey() {
      return wrappedKey;
    }

    /** Encrypts one part of the record, bound to {@code context}. */
    public String seal(byte[] plaintext, String context) {
      return encrypt(key, plaintext, context);
    }

    /**
     * Decrypts one part of the record.
     *
     * @throws TamperedSecretException if the ciphertext or its context changed
     */
    public byte[] open(String ciphertext, String context) {
      return decrypt(key, ciphertext, context);
    }

    @Override
    public String toString() {
      return "DataKey[" + masterKeyId + "]";
    }
  }

  /** A new random data key for a record, wrapped under {@code master}. */
  public static DataKey newRecordKey(MasterKey master) {
    SecretKey dataKey = newDataKey();
    return new DataKey(dataKey, master.id(),
        encrypt(master.key(), dataKey.getEncoded(), "data-key:" + master.id()));
  }

  /**
   * Unwraps a record's stored data key.
   *
   * @throws TamperedSecretException if the wrapped key changed
   */
  public static DataKey recordKey(MasterKeyRing ring, String masterKeyId, String wrappedKey) {
    MasterKey master = ring.byId(masterKeyId).orElseThrow(() -> new IllegalStateException(
        "The vault master key " + masterKeyId + " is not configured on this node"));
    byte[] raw = decrypt(master.key(), wrappedKey, "data-key:" + master.id());
    return new DataKey(new SecretKeySpec(raw, "AES"), master.id(), wrappedKey);
  }

  private static SecretKey newDataKey() {
    try {
      KeyGenerator gen = KeyGenerator.getInstance("AES");
      gen.init(256, RANDOM);
      return gen.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encrypt(SecretKey key, byte[] plaintext, String aad) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(plaintext);
      return Base64.getEncoder().encodeToString(
          ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static byte[] decrypt(SecretKey key, String blob, String aad) {
    byte[] all;
    try {
      all = Base64.getDecoder().decode(blob);
    } catch (IllegalArgumentException e) {
      throw new TamperedSecretException("The stored secret is not valid base64: it was changed", e);
    }
    if (all.length < NONCE + TAG_BITS / 8) {
      throw new TamperedSecretException("The stored secret is too short: it was changed", null);
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
      c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(all, NONCE, all.length - NONCE);
    } catch (AEADBadTagException e) {
      throw new TamperedSecretException("The stored secret failed its integrity check: it was"
          + " changed or belongs to another record, so it was not decrypted", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
