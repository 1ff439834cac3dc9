package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;

/**
 * A detector whose score grows with the evidence: the noisy-or of the weights of the distinct terms
 * found. Every term is reported with the text's score, so the person sees each one highlighted.
 */
abstract class ScoredTermsDetector implements Detector {
  private static final int MAX_TERMS = 32;
  private final int[] groups;

  ScoredTermsDetector(Lexicon lexicon, String... groupNames) {
    groups = new int[groupNames.length];
    for (int i = 0; i < groupNames.length; i++) {
      groups[i] = lexicon.group(groupNames[i]);
    }
  }

  private boolean wanted(int g) {
    for (int w : groups) {
      if (w == g && w >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when hit {@code i} lies inside a longer wanted hit ("vote" inside "vote labour"). */
  private boolean insideAnother(Hits hits, Lexicon lexicon, int i) {
    int lo = i;
    while (lo > 0 && hits.to(lo - 1) >= hits.from(i)) {
      lo--;
    }
    for (int k = lo; k < hits.size() && hits.to(k) - Proximity.SLACK <= hits.to(i); k++) {
      if (k != i && wanted(lexicon.entry(hits.entry(k)).group()) && hits.from(k) <= hits.from(i) && hits.to(k) >= hits.to(i)
          && hits.to(k) - hits.from(k) > hits.to(i) - hits.from(i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    double miss = 1;
    int[] seen = null;
    int seenCount = 0;
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      if (!wanted(e.group())) {
        continue;
      }
      if (seen == null) {
        seen = new int[MAX_TERMS];
      }
      boolean dup = false;
      for (int k = 0; k < seenCount; k++) {
        dup |= lexicon.entry(seen[k]).term().equals(e.term());
      }
      if (!dup && seenCount < MAX_TERMS) {
        seen[seenCount++] = hits.entry(i);
        miss *= 1 - e.weight();
      }
    }
    if (seen == null) {
      return;
    }
    double score = 1 - miss;
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      if (wanted(e.group()) && !insideAnother(hits, lexicon, i)) {
        Proximity.signalHit(text, out, e.category(), i, score);
      }
    }
  }
}
