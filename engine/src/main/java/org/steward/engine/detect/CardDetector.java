package org.steward.engine.detect;

/** Payment card numbers (CON-3): 13–19 digits, optionally grouped, passing the Luhn check. */
final class CardDetector implements Detector {
  @Override
  public String name() {
    return "pii.card";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 12) {
      return;
    }
    String t = text.original();
    for (int r = 0; r < text.digitRuns(); r++) {
      int digits = text.runDigits(r);
      int s = text.runStart(r);
      int e = text.runEnd(r);
      boolean maestro = digits == 12 && cardCue(t, s); // 12-digit Maestro numbers only when called a card
      if ((maestro || (digits >= 13 && digits <= 19)) && t.charAt(s) != '+' && t.charAt(s) != '(' && Luhn.valid(t, s, e) && !allSame(t, s, e)) {
        out.signal("pii.card", s, e, 1.0);
      }
    }
  }

  private static boolean cardCue(String t, int s) {
    String before = t.substring(Math.max(0, s - 20), s).toLowerCase(java.util.Locale.ROOT);
    return before.contains("card") || before.contains("cc") || before.contains("visa") || before.contains("maestro")
        || before.contains("mastercard") || before.contains("amex");
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
