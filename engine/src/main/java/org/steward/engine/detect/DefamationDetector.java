package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Claims about named people that may be defamatory (CON-10): an accusation ("thief", "liar",
 * "stole") near a person's name from the directory or a title and surname ("Mr Patel").
 */
final class DefamationDetector implements Detector {
  private static final int WINDOW = 50;
  private final int accusation;
  private final int honorific;

  DefamationDetector(Lexicon lexicon) {
    accusation = lexicon.group("accusation");
    honorific = lexicon.group("honorific");
  }

  @Override
  public String name() {
    return "defamation";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    Hits names = text.names();
    int longestName = 0;
    for (int k = 0; k < names.size(); k++) {
      longestName = Math.max(longestName, names.to(k) - names.from(k));
    }
    for (int i = 0; i < hits.size(); i++) {
      if (!Proximity.in(hits, lexicon, i, accusation)) {
        continue;
      }
      int anchorFrom = -1;
      int anchorTo = -1;
      // Names come in order of where they end: only those ending near the accusation can start near it.
      int at = hits.from(i);
      for (int k = firstEndingAfter(names, at - WINDOW); k < names.size() && names.to(k) - longestName <= at + WINDOW; k++) {
        if (Math.abs(names.from(k) - at) <= WINDOW) {
          anchorFrom = names.from(k);
          anchorTo = names.to(k);
        }
      }
      if (anchorFrom < 0) {
        int k = Proximity.near(hits, lexicon, i, honorific, WINDOW);
        if (k >= 0 && titledName(text, hits.to(k))) {
          anchorFrom = hits.from(k);
          anchorTo = hits.to(k);
        }
      }
      if (anchorFrom >= 0) {
        int from = Math.min(anchorFrom, hits.from(i));
        int to = Math.max(anchorTo, hits.to(i));
        out.signal("defamation", text.start(from), text.end(to), 0.8);
      }
    }
  }

  /** Returns the first name hit that ends after {@code pos} (binary search: hits are in order of their end). */
  private static int firstEndingAfter(Hits names, int pos) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.to(mid) <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns true when a capitalised word follows the title in the original text ("Mr Patel"). */
  private static boolean titledName(Inspection text, int foldedEnd) {
    String t = text.original();
    int p = text.end(foldedEnd);
    while (p < t.length() && (t.charAt(p) == '.' || t.charAt(p) == ' ')) {
      p++;
    }
    return p < t.length() && Character.isUpperCase(t.charAt(p));
  }
}
