package org.steward.app.connectors.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.bluesky.Cid;

/**
 * A CAR v1 file (content-addressable archive), as {@code com.atproto.sync.getRepo} exports a
 * repository: a varint-prefixed DAG-CBOR header naming the root, then blocks, each a varint length,
 * a CID and the bytes the CID names. Every block's SHA-256 is checked against its CID, so a
 * corrupted export is refused rather than half-read. The whole file is bounded by the caller's limit.
 */
final class CarFile {
  static final String FORMAT = "Bluesky repository export";
  private static final int MAX_HEADER = 64 * 1024;
  /** A repository block is a record or a tree node; records are at most a few hundred kB. */
  private static final int MAX_BLOCK = 2 * 1024 * 1024;
  private static final int DAG_CBOR = 0x71;
  private static final int RAW = 0x55;
  private static final int SHA2_256 = 0x12;

  final tools.jackson.databind.JsonNode header;
  final Map<String, byte[]> blocks;

  private CarFile(tools.jackson.databind.JsonNode header, Map<String, byte[]> blocks) {
    this.header = header;
    this.blocks = blocks;
  }

  static CarFile read(InputStream raw, long maxBytes) {
    LimitedInput in = new LimitedInput(raw, maxBytes, FORMAT);
    try {
      long headerLength = varint(in, "the header", true);
      if (headerLength <= 0 || headerLength > MAX_HEADER) {
        throw notCar();
      }
      var header = header(exactly(in, (int) headerLength, "the header"));
      Map<String, byte[]> blocks = new HashMap<>();
      int index = 0;
      while (true) {
        long at = in.position();
        long length = varint(in, "block " + (index + 1), false);
        if (length < 0) {
          break; // a clean end between blocks
        }
        index++;
        String where = "block " + index + " at byte " + at;
        if (length < 4 || length > MAX_BLOCK) {
          throw new ArchiveImportException(FORMAT, where, "a block of " + length + " bytes is not part of any real export");
        }
        byte[] block = exactly(in, (int) length, where);
        int cidLength = cidLength(block, where);
        byte[] cid = Arrays.copyOf(block, cidLength);
        byte[] data = Arrays.copyOfRange(block, cidLength, block.length);
        checkHash(cid, data, where);
        blocks.put(Cid.toText(cid), data);
      }
      return new CarFile(header, blocks);
    } catch (IOException e) {
      throw new ArchiveImportException(FORMAT, "byte " + in.position(), "the file could not be read: " + e.getMessage(), e);
    }
  }

  /** The header is DAG-CBOR {@code {version: 1, roots: [CID]}}; anything else is not a repository export. */
  private static tools.jackson.databind.JsonNode header(byte[] bytes) {
    tools.jackson.databind.JsonNode header;
    try {
      header = DagCbor.decode(bytes, "the header");
    } catch (ArchiveImportException e) {
      throw notCar();
    }
    if (header.path("version").asInt(0) != 1 || !header.path("roots").isArray()
        || header.path("roots").isEmpty() || header.path("roots").path(0).path("$link").isMissingNode()) {
      throw notCar();
    }
    return header;
  }

  private static ArchiveImportException notCar() {
    return new ArchiveImportException(FORMAT, "the header", "this is not a CAR file: upload the repository"
        + " export exactly as Bluesky gave it (a .car file from Settings → Export my data)");
  }

  /** An unsigned LEB128 varint; -1 at a clean end of file between blocks (never for the header). */
  private static long varint(LimitedInput in, String what, boolean first) throws IOException {
    long value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      int b = in.read();
      if (b < 0) {
        if (shift == 0 && !first) {
          return -1;
        }
        throw new ArchiveImportException(FORMAT, "byte " + in.position(), "the file ends in the middle of "
            + what + " (it may have been cut short while downloading or uploading)");
      }
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new ArchiveImportException(FORMAT, "byte " + in.position(), "a length in " + what + " is not a valid varint");
  }

  private static byte[] exactly(LimitedInput in, int n, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 64 * 1024));
    byte[] buf = new byte[8192];
    int left = n;
    while (left > 0) {
      int r = in.read(buf, 0, Math.min(buf.length, left));
      if (r < 0) {
        throw new ArchiveImportException(FORMAT, what, "the file ends in the middle of this block (it may"
            + " have been cut short while downloading or uploading)");
      }
      out.write(buf, 0, r);
      left -= r;
    }
    return out.toByteArray();
  }

  /** CIDv1: version 1, codec, then a multihash (code, length, digest). Returns its length in bytes. */
  private static int cidLength(byte[] block, String where) {
    int[] pos = {0};
    long version = varintAt(block, pos, where);
    long codec = varintAt(block, pos, where);
    long hash = varintAt(block, pos, where);
    long digestLength = varintAt(block, pos, where);
    if (version != 1 || (codec != DAG_CBOR && codec != RAW) || hash != SHA2_256 || digestLength != 32) {
      throw new ArchiveImportException(FORMAT, where, "the block's CID is not one a Bluesky repository uses"
          + " (CIDv1, DAG-CBOR or raw, SHA-256)");
    }
    int end = pos[0] + 32;
    if (end > block.length) {
      throw new ArchiveImportException(FORMAT, where, "the block is shorter than its CID");
    }
    return end;
  }

  private static long varintAt(byte[] b, int[] pos, String where) {
    long value = 0;
    for (int shift = 0; shift < 35 && pos[0] < b.length; shift += 7) {
      int x = b[pos[0]++] & 0xff;
      value |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return value;
      }
    }
    throw new ArchiveImportException(FORMAT, where, "the block's CID is cut short");
  }

  private static void checkHash(byte[] cid, byte[] data, String where) {
    MessageDigest sha = MediaHash.digest();
    byte[] digest = sha.digest(data);
    if (!Arrays.equals(digest, Arrays.copyOfRange(cid, cid.length - 32, cid.length))) {
      throw new ArchiveImportException(FORMAT, where, "the block's content does not match its CID: the"
          + " file is damaged. Export the repository again.");
    }
  }
}
