package org.steward.app.connectors.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the JSON archives share: a size limit enforced while reading, a UTF-8 check on the first
 * bytes (Jackson would silently accept UTF-16 or UTF-32, which no platform exports), and Jackson
 * streaming with limits on nesting and string length, so that one post is in memory at a time.
 */
final class JsonArchive {
  /** One string field (a post's text, an HTML content) is never near this; a hostile file is. */
  static final int MAX_STRING = 1_000_000;
  static final int MAX_DEPTH = 64;

  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_STRING).maxNestingDepth(MAX_DEPTH).build())
      .build()).build();

  private JsonArchive() {}

  /**
   * The input, limited and checked to start as UTF-8 (a UTF-8 byte order mark is skipped);
   * returns the stream positioned after any mark.
   */
  static InputStream open(InputStream raw, long maxBytes, String format) {
    BufferedInputStream in = new BufferedInputStream(new LimitedInput(raw, maxBytes, format), 64 * 1024);
    try {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
          || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
        throw notUtf8(format, "it starts with a UTF-16 byte order mark");
      }
      for (byte b : head) {
        if (b == 0) {
          throw notUtf8(format, "it contains NUL bytes, as UTF-16 or UTF-32 text does");
        }
      }
      if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
        in.skipNBytes(3);
      }
    } catch (IOException e) {
      throw new ArchiveImportException(format, null, "the file could not be read: " + e.getMessage(), e);
    }
    return in;
  }

  static ArchiveImportException notUtf8(String format, String why) {
    return new ArchiveImportException(format, "byte 0", "the file is not UTF-8 text (" + why
        + "). Upload the file exactly as the platform's export gave it.");
  }

  /** "line 3, column 17 (byte 1042)", shifted by what was read before Jackson started. */
  static String where(TokenStreamLocation at, long bytesBefore, int columnsBeforeOnFirstLine) {
    if (at == null) {
      return null;
    }
    int column = at.getColumnNr() + (at.getLineNr() == 1 ? columnsBeforeOnFirstLine : 0);
    long byteOffset = at.getByteOffset() < 0 ? -1 : at.getByteOffset() + bytesBefore;
    return "line " + at.getLineNr() + ", column " + column + (byteOffset < 0 ? "" : " (byte " + byteOffset + ")");
  }

  /** Plain words for what Jackson found, without its internal class names. */
  static String reason(tools.jackson.core.JacksonException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("unexpected end-of-input") || lower.contains("end-of-input")) {
      return "the file ends in the middle (it may have been cut short while downloading or uploading)";
    }
    if (lower.contains("invalid utf-8")) {
      return "the file is not UTF-8 text here (" + firstLine(m) + ")";
    }
    if (lower.contains("string value length") || lower.contains("nesting depth")) {
      return "a value is larger or deeper than any real export (" + firstLine(m) + ")";
    }
    return "this is not valid JSON (" + firstLine(m) + ")";
  }

  private static String firstLine(String m) {
    String one = m.lines().findFirst().orElse("").strip();
    return one.length() > 160 ? one.substring(0, 160) + "…" : one;
  }

  static JsonParser parser(InputStream in) {
    return MAPPER.createParser(in);
  }
}
