package org.steward.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an input of JSON lines as bytes, one line at a time, and decodes each line strictly as
 * UTF-8: a line that is not UTF-8, or is longer than the limit, comes back as a problem for that
 * line alone, so one bad line never ends a scan and nothing is silently replaced. A file and
 * standard input are read the same way. A byte order mark before the first line and a carriage
 * return before each line feed are dropped. Memory stays bounded: the rest of an over-long line is
 * skipped, not kept.
 */
final class Utf8Lines {
  /** One line: its number (from 1), its text, or the reason it cannot be read. */
  record Line(int number, String text, String problem) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[4096];
  private int length;
  private boolean tooLong;
  private int number;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  Utf8Lines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Returns the next line, or null at the end of the input. */
  Line next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        int n = in.read(chunk);
        if (n <= 0) {
          if (!any) {
            return null;
          }
          break;
        }
        pos = 0;
        limit = n;
      }
      any = true;
      int nl = pos;
      while (nl < limit && chunk[nl] != '\n') {
        nl++;
      }
      append(pos, nl - pos);
      boolean ended = nl < limit;
      pos = ended ? nl + 1 : limit;
      if (ended) {
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "the line is longer than " + maxBytes / (1024 * 1024) + " MiB");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int from = number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return new Line(number, utf8.decode(ByteBuffer.wrap(line, from, length - from)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "the line is not valid UTF-8 text (save the file as UTF-8)");
    }
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if (length + n > maxBytes) {
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }
}
