package org.steward.engine.detect;

/** International bank account numbers: country letters, check digits, and a valid mod-97 checksum. */
final class IbanDetector implements Detector {
  @Override
  public String name() {
    return "pii.iban";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 8) {
      return;
    }
    String t = text.original();
    int n = t.length();
    for (int i = 0; i + 15 <= n; i++) {
      if (!upper(t.charAt(i)) || !upper(t.charAt(i + 1)) || !digit(t.charAt(i + 2)) || !digit(t.charAt(i + 3))
          || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
        continue;
      }
      int e = i;
      int chars = 0;
      int lastAlnum = i;
      while (e < n && chars < 34) {
        char c = t.charAt(e);
        if (upper(c) || digit(c)) {
          chars++;
          lastAlnum = e + 1;
        } else if (c != ' ' || e + 1 >= n || !(upper(t.charAt(e + 1)) || digit(t.charAt(e + 1)))) {
          break;
        }
        e++;
      }
      if (chars >= 15 && mod97(t, i, lastAlnum)) {
        out.signal("pii.iban", i, lastAlnum, 1.0);
        i = lastAlnum;
      }
    }
  }

  private static boolean mod97(String t, int s, int e) {
    int rem = 0;
    for (int pass = 0; pass < 2; pass++) {
      int from = pass == 0 ? s + 4 : s;
      int to = pass == 0 ? e : s + 4;
      for (int i = from; i < to; i++) {
        char c = t.charAt(i);
        if (c == ' ') {
          continue;
        }
        int v = digit(c) ? c - '0' : c - 'A' + 10;
        rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
      }
    }
    return rem == 1;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
