package org.steward.app.connectors.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.steward.app.connectors.MediaHash;

/**
 * AT Protocol record keys of the "tid" kind: 64 bits (top bit zero, 53 bits of microseconds
 * since 1970, 10 bits of clock id) in 13 characters of sortable base32. The PDS refuses any other
 * key for {@code app.bsky.feed.post}.
 *
 * <p>Steward derives the key from the post's first send time and its idempotency key, so every
 * retry of one post names the same record: the retry finds the post instead of making another.
 * The clock id comes from a hash of the idempotency key, so two posts sent in the same microsecond
 * still differ (1 in 1024 would collide, and even then the text check on a found record catches it).
 */
final class Tid {
  private static final char[] ALPHABET = "234567abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Tid() {}

  static String forPost(Instant createdAt, String idempotencyKey) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    if (micros < 0 || micros >= (1L << 53)) {
      throw new IllegalArgumentException("createdAt is outside the range a record key can hold");
    }
    byte[] h = MediaHash.digest().digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
    int clockId = ((h[0] & 0xff) << 8 | (h[1] & 0xff)) & 0x3ff;
    return encode((micros << 10) | clockId);
  }

  static String encode(long value) {
    char[] out = new char[13];
    long v = value;
    for (int i = 12; i >= 0; i--) {
      out[i] = ALPHABET[(int) (v & 31)];
      v >>>= 5;
    }
    return new String(out);
  }
}
