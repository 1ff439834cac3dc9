package org.steward.app.connectors.bluesky;

import java.util.HexFormat;
import java.util.Optional;

/**
 * Content identifiers (CIDv1, multibase base32). A blob's CID is the SHA-256 of its bytes
 * (codec raw, multihash sha2-256), so the archive's media hash comes from the CID without
 * downloading the image; tests still download it once to prove the two agree.
 */
public final class Cid {
  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int RAW = 0x55;
  private static final int SHA2_256 = 0x12;

  private Cid() {}

  /** The string form ({@code b…}) of a binary CID, as DAG-CBOR links and CAR files carry it. */
  public static String toText(byte[] cid) {
    StringBuilder sb = new StringBuilder("b");
    int buffer = 0;
    int bits = 0;
    for (byte b : cid) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return sb.toString();
  }

  /** The binary form of a {@code b…} CID, or empty when it is not one. */
  public static Optional<byte[]> fromText(String cid) {
    if (cid == null || cid.length() < 2 || cid.charAt(0) != 'b') {
      return Optional.empty();
    }
    byte[] out = new byte[(cid.length() - 1) * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (int i = 1; i < cid.length(); i++) {
      int v = BASE32.indexOf(cid.charAt(i));
      if (v < 0) {
        return Optional.empty();
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out[n++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return Optional.of(n == out.length ? out : java.util.Arrays.copyOf(out, n));
  }

  /** The SHA-256 (hex) a raw-codec CID names, or empty for any other kind of CID. */
  public static Optional<String> sha256OfRaw(String cid) {
    return fromText(cid).flatMap(b -> {
      if (b.length == 36 && b[0] == 1 && (b[1] & 0xff) == RAW && b[2] == SHA2_256 && b[3] == 32) {
        return Optional.of(HexFormat.of().formatHex(b, 4, 36));
      }
      return Optional.empty();
    });
  }
}
