package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Dates of birth in context (CON-3): a date (12/03/2009, 12 March 2009, March 12, 2009) within a few
 * words after "born", "DOB", "date of birth" or "birthday". A date alone is not personal data.
 */
final class DateOfBirthDetector implements Detector {
  private static final int WINDOW = 30;
  private final int cue;
  private final int month;

  DateOfBirthDetector(Lexicon lexicon) {
    cue = lexicon.group("dob");
    month = lexicon.group("month");
  }

  @Override
  public String name() {
    return "pii.dob";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() == 0) {
      return;
    }
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      if (!Proximity.in(hits, lexicon, i, cue)) {
        continue;
      }
      int from = text.end(hits.to(i));
      int limit = Math.min(text.original().length(), from + WINDOW);
      for (int r = text.firstRunFrom(from); r < text.digitRuns() && text.runStart(r) <= limit; r++) {
        int s = text.runStart(r);
        {
          int e = numericDate(text.original(), s);
          if (e > 0) {
            out.signal("pii.dob", s, e, 1.0);
            break;
          }
          int m = Proximity.near(hits, lexicon, i, month, WINDOW + 10);
          if (m >= 0 && hits.from(m) > hits.to(i)) {
            int ms = text.start(hits.from(m));
            int me = text.end(hits.to(m));
            int s2 = Math.min(ms, s);
            int e2 = Math.max(me, yearEnd(text.original(), Math.max(me, text.runEnd(r))));
            out.signal("pii.dob", s2, e2, 1.0);
            break;
          }
        }
      }
    }
  }

  /** Returns the end of d/m/y (separators / . -) starting at {@code s}, or -1. */
  private static int numericDate(String t, int s) {
    int i = s;
    for (int part = 0; part < 3; part++) {
      int len = 0;
      while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && len <= 4) {
        i++;
        len++;
      }
      if (len == 0 || len > 4 || (part == 1 && len > 2)) {
        return -1; // the middle part is always a day or month; the outer ones may be a year
      }
      if (part < 2) {
        if (i >= t.length() || "/.-".indexOf(t.charAt(i)) < 0) {
          return -1;
        }
        i++;
      }
    }
    return i;
  }

  private static int yearEnd(String t, int from) {
    int i = from;
    while (i < t.length() && (t.charAt(i) == ',' || t.charAt(i) == ' ')) {
      i++;
    }
    int d = 0;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && d < 4) {
      i++;
      d++;
    }
    return d == 4 ? i : from;
  }
}
