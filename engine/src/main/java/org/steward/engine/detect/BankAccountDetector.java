package org.steward.engine.detect;

/** UK bank details (CON-3): a sort code written {@code 12-34-56} with an eight-digit account number nearby. */
final class BankAccountDetector implements Detector {
  private static final int WINDOW = 40;

  @Override
  public String name() {
    return "pii.bank";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 14) {
      return;
    }
    String t = text.original();
    for (int r = 0; r < text.digitRuns(); r++) {
      if (text.runDigits(r) != 6 || !sortCode(t, text.runStart(r), text.runEnd(r))) {
        continue;
      }
      for (int a = text.firstRunFrom(text.runStart(r) - WINDOW); a < text.digitRuns() && text.runStart(a) <= text.runStart(r) + WINDOW; a++) {
        if (text.runDigits(a) == 8 && Math.abs(text.runStart(a) - text.runStart(r)) <= WINDOW) {
          int s = Math.min(text.runStart(r), text.runStart(a));
          int e = Math.max(text.runEnd(r), text.runEnd(a));
          out.signal("pii.bank", s, e, 1.0);
        }
      }
    }
  }

  private static boolean sortCode(String t, int s, int e) {
    return e - s == 8 && t.charAt(s + 2) == '-' && t.charAt(s + 5) == '-';
  }
}
