package org.steward.engine.detect;

/**
 * UK postcodes (CON-3) in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA),
 * matched by hand at word starts. Without the space, capitals are required, so ordinary words do not match.
 */
final class PostcodeDetector implements Detector {
  @Override
  public String name() {
    return "pii.postcode";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 2) {
      return;
    }
    String t = text.original();
    int n = t.length();
    int done = 0;
    // Every postcode has a letter then a digit ("SW1", "M1"): start only there, not at every word.
    for (int d = 1; d < n; d++) {
      if (!isDigit(t.charAt(d)) || !isLetter(t.charAt(d - 1))) {
        continue;
      }
      int i = d >= 2 && isLetter(t.charAt(d - 2)) ? d - 2 : d - 1;
      if (i < done || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
        continue;
      }
      int end = match(t, i);
      if (end > 0) {
        out.signal("pii.postcode", i, end, 1.0);
        done = end;
        d = end;
      }
    }
  }

  /** Returns the end of a postcode starting at {@code s}, or -1. */
  static int match(String t, int s) {
    int n = t.length();
    int i = s;
    int letters = 0;
    while (i < n && letters < 2 && isLetter(t.charAt(i))) {
      i++;
      letters++;
    }
    if (i >= n || !isDigit(t.charAt(i))) {
      return -1;
    }
    i++;
    if (i < n && (isDigit(t.charAt(i)) || (isLetter(t.charAt(i)) && i + 1 < n && (t.charAt(i + 1) == ' ' || isDigit(t.charAt(i + 1)))))) {
      i++;
    }
    boolean space = i < n && t.charAt(i) == ' ';
    if (space) {
      i++;
    }
    if (i + 3 > n || !isDigit(t.charAt(i)) || !isLetter(t.charAt(i + 1)) || !isLetter(t.charAt(i + 2))) {
      return -1;
    }
    int end = i + 3;
    if (end < n && Character.isLetterOrDigit(t.charAt(end))) {
      return -1;
    }
    boolean upper = true;
    for (int k = s; k < end; k++) {
      upper &= !Character.isLowerCase(t.charAt(k));
    }
    return upper || space ? (upper ? end : lowerOk(t, s, end)) : -1;
  }

  private static int lowerOk(String t, int s, int end) {
    // lower-case postcodes only when all lower-case ("sw1a 1aa"), not mixed like "Area 5 has"
    for (int k = s; k < end; k++) {
      if (Character.isUpperCase(t.charAt(k))) {
        return -1;
      }
    }
    return end;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
