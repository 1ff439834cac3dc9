package org.steward.engine.detect;

/** US Social Security numbers written {@code 123-45-6789} with valid area, group and serial. */
final class SsnDetector implements Detector {
  @Override
  public String name() {
    return "pii.ssn";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() < 9) {
      return;
    }
    String t = text.original();
    for (int r = 0; r < text.digitRuns(); r++) {
      int s = text.runStart(r);
      int e = text.runEnd(r);
      if (text.runDigits(r) != 9 || e - s != 11) {
        continue;
      }
      char sep = t.charAt(s + 3);
      if ((sep != '-' && sep != ' ') || t.charAt(s + 6) != sep) {
        continue;
      }
      int area = Integer.parseInt(t, s, s + 3, 10);
      int group = Integer.parseInt(t, s + 4, s + 6, 10);
      int serial = Integer.parseInt(t, s + 7, s + 11, 10);
      if (area != 0 && area != 666 && area < 900 && group != 0 && serial != 0) {
        out.signal("pii.ssn", s, e, 1.0);
      }
    }
  }
}
