package org.steward.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an entry is sealed. The chained hash covers ids and codes only; the free-text reason
 * (which may name people) is covered through a salted digest, so erasing the reason and its
 * salt leaves the chain valid and leaves nothing from which to guess the erased text.
 */
final class AuditChain {
  /** The previous hash of entry 1. */
  static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();
  // Fixed width, always six fraction digits: H2 and PostgreSQL both keep microseconds.
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /** The instant as stored: truncated to microseconds so it reads back equal on H2 and PG. */
  static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static String newSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HEX.formatHex(salt);
  }

  /** SHA-256 of the salt and the reason; a missing reason has no salt and digests as empty. */
  static String contentDigest(String reason, String salt) {
    return sha256(field(salt) + field(reason));
  }

  /** The chained hash of an entry as if it were stored at position {@code seq}. */
  static String hash(AuditEntry e, long seq) {
    return hash(e.prevHash(), seq, e.occurredAt(), e.actorId(), e.action(), e.objectType(),
        e.objectId(), e.contentDigest());
  }

  static String hash(String prevHash, long seq, Instant occurredAt, Long actorId, String action,
      String objectType, String objectId, String contentDigest) {
    // Each field is length-prefixed, so no value can shift content into its neighbour.
    String canonical = field(prevHash) + field(Long.toString(seq))
        + field(TIMESTAMP.format(storable(occurredAt)))
        + field(actorId == null ? "" : actorId.toString()) + field(action) + field(objectType)
        + field(objectId) + field(contentDigest);
    return sha256(canonical);
  }

  private static String field(String value) {
    String v = value == null ? "" : value;
    return v.length() + ":" + v + "|";
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
