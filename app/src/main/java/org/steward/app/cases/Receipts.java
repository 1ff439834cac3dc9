package org.steward.app.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Receipt codes: 20 random decimal digits (about 66 bits), shown to the reporter once and stored
 * only as a SHA-256 hash, so the database cannot give a code back. Spaces and dashes a person
 * types between groups are ignored; anything else that is not exactly 20 digits is not a code.
 */
final class Receipts {
  static final int DIGITS = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Receipts() {}

  static String newCode() {
    StringBuilder b = new StringBuilder(DIGITS);
    for (int i = 0; i < DIGITS; i++) {
      b.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return b.toString();
  }

  /** The code as typed, reduced to its digits; empty when it cannot be a code. */
  static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(DIGITS);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else if (c != ' ' && c != '-') {
        return Optional.empty();
      }
    }
    return b.length() == DIGITS ? Optional.of(b.toString()) : Optional.empty();
  }

  /** The stored form of a code. */
  static String hash(String digits) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("steward-receipt\0".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A hash no code has, looked up when the typed text is not a code, so both take the same path. */
  static final String NO_CODE = hash("not-a-receipt");

  /** In groups of four, easier to copy: 1234 5678 9012 3456 7890. */
  static String show(String digits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
