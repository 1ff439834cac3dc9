package org.steward.engine.detect;

/** Payment card numbers (CON-3): 13–19 digits, optionally grouped, passing the Luhn check. */
final class CardDetector implements Detector {
  @Override
  public String name() {
    return "pii.card";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 13) {
      return;
    }
    String t = text.original();
    for (int r = 0; r < text.digitRuns(); r++) {
      int digits = text.runDigits(r);
      int s = text.runStart(r);
      int e = text.runEnd(r);
      if (digits >= 13 && digits <= 19 && t.charAt(s) != '+' && t.charAt(s) != '(' && Luhn.valid(t, s, e) && !allSame(t, s, e)) {
        out.signal("pii.card", s, e, 1.0);
      }
    }
  }

  private static boolean allSame(String t, int s, int e) {
    char first = t.charAt(s);
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9' && c != first) {
        return false;
      }
    }
    return true;
  }
}
