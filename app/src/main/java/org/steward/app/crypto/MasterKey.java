package org.steward.app.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A 256-bit master key and its id (a fingerprint, safe to store next to what it wraps). */
public final class MasterKey {
  private final String id;
  private final SecretKey key;

  private MasterKey(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("A vault master key must be 32 bytes (256 bits), base64"
          + " encoded; this one is " + bytes.length + " bytes");
    }
    this.key = new SecretKeySpec(bytes.clone(), "AES");
    this.id = fingerprint(bytes);
  }

  /** Reads a key written as base64 (standard or URL-safe). */
  public static MasterKey fromBase64(String text) {
    String t = text.trim();
    byte[] bytes;
    try {
      bytes = t.contains("-") || t.contains("_") ? Base64.getUrlDecoder().decode(t)
          : Base64.getDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("A vault master key must be base64 text", e);
    }
    return new MasterKey(bytes);
  }

  public static MasterKey of(byte[] bytes) {
    return new MasterKey(bytes);
  }

  public String id() {
    return id;
  }

  SecretKey key() {
    return key;
  }

  private static String fingerprint(byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("steward-vault-master-key-id\0".getBytes(StandardCharsets.UTF_8));
      byte[] d = sha.digest(bytes);
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
