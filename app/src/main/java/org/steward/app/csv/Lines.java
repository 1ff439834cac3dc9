package org.steward.app.csv;

import java.util.Arrays;

/** Line numbers of a text (CRLF, LF or a lone CR ends a line), for where a record starts. */
final class Lines {
  private final String text;
  /** Offsets at which each line starts: line n (1-based) starts at starts[n - 1]. */
  private final int[] starts;

  Lines(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, n);
  }

  /** The 1-based line of the character at {@code offset}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The line of the first control character other than tab, CR and LF; 0 if none. */
  int firstControlCharacterLine() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        return lineOf(i);
      }
    }
    return 0;
  }
}
