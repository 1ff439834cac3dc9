package org.steward.engine.detect;

/**
 * UK National Insurance numbers (CON-3): two prefix letters, six digits (optionally in pairs, as on
 * the card: {@code AB 12 34 56 C}), and the suffix A–D.
 *
 * <p>Prefixes follow HMRC's allocation rules, so that other codes of the same shape (product codes,
 * references) are not reported. Rejected: a first letter D, F, I, Q, U or V and a second letter D, F,
 * I, O, Q, U or V (never used, so they cannot be misread as other letters), and the pairs BG, GB, NK,
 * KN, TN, NT and ZZ (never allocated: BG/GB/NK/KN/NT look like other codes, TN was for temporary
 * numbers, ZZ is reserved). One exception: {@code QQ}, the prefix of HMRC's published example number
 * ({@code QQ 12 34 56 C}), is reported, because a post that shows a number in that layout is showing
 * where a real one goes and a tester's or trainer's example must be found like a real one.
 */
final class NinoDetector implements Detector {
  private static final String FIRST_INVALID = "DFIQUV";
  private static final String SECOND_INVALID = "DFIQUVO";
  private static final String[] BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};

  @Override
  public String name() {
    return "pii.nino";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 6) {
      return;
    }
    String t = text.original();
    int n = t.length();
    // A number starts with two letters then a digit: look only where that happens.
    for (int d = 2; d + 7 <= n; d++) {
      char c = t.charAt(d);
      if (c < '0' || c > '9') {
        continue;
      }
      int gap = t.charAt(d - 1) == ' ' ? 1 : 0; // "AB 12 34 56 C"
      if (d - 2 - gap < 0 || !Character.isLetter(t.charAt(d - 1 - gap)) || !Character.isLetter(t.charAt(d - 2 - gap))) {
        continue;
      }
      int i = d - 2 - gap;
      if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
        continue;
      }
      int end = match(t, i);
      if (end > 0) {
        out.signal("pii.nino", i, end, 1.0);
        d = end;
      }
    }
  }

  static int match(String t, int s) {
    char a = Character.toUpperCase(t.charAt(s));
    char b = Character.toUpperCase(t.charAt(s + 1));
    boolean example = a == 'Q' && b == 'Q';
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || (!example && (FIRST_INVALID.indexOf(a) >= 0 || SECOND_INVALID.indexOf(b) >= 0))) {
      return -1;
    }
    for (String banned : BANNED) {
      if (banned.charAt(0) == a && banned.charAt(1) == b) {
        return -1;
      }
    }
    int i = s + 2;
    int n = t.length();
    if (i < n && t.charAt(i) == ' ') {
      i++;
    }
    int digits = 0;
    while (i < n && digits < 6) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        i++;
      } else if (c == ' ' && digits % 2 == 0 && i + 1 < n && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9') {
        i++;
      } else {
        return -1;
      }
    }
    if (digits < 6) {
      return -1;
    }
    if (i < n && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= n) {
      return -1;
    }
    char suffix = Character.toUpperCase(t.charAt(i));
    if (suffix < 'A' || suffix > 'D' || (i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1)))) {
      return -1;
    }
    return i + 1;
  }
}
