package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Grooming and sexual contact with minors (CON-5 "grooming", SAF-3; issue #13): moving to a private
 * channel, secrecy ("don't tell your parents"), meeting up, gifts, age questions, sexualised remarks
 * and special trust. The distinct cues combine as a noisy-or of their weights, so one everyday
 * phrase ("DM me", "how old are you?") stays below the rules' thresholds while several together do
 * not. When the account's audience is learners or the author is under 18
 * ({@link org.steward.engine.CheckContext#involvesLearner()}) every cue weighs {@value #LEARNER} times
 * as much (at most {@value #CAP}). A negated cue ("never meet up with strangers") does not count, and
 * safety lessons, campaigns and news about grooming in the text take the score well below the
 * thresholds. Every cue is reported as {@code safeguarding.grooming} with the combined score.
 */
final class GroomingDetector implements Detector {
  static final String NAME = "safeguarding.grooming";
  static final double LEARNER = 1.4;
  static final double CAP = 0.9;
  private static final double CONTEXT = 0.3;
  private static final int MAX_CUES = 32;
  private static final String[] FAMILIES = {"grooming.private", "grooming.secrecy", "grooming.meet", "grooming.gift", "grooming.age",
      "grooming.sexual", "grooming.trust"};

  private final int[] families = new int[FAMILIES.length];
  private final int context;
  private final int negation;

  GroomingDetector(Lexicon lexicon) {
    for (int f = 0; f < FAMILIES.length; f++) {
      families[f] = lexicon.group(FAMILIES[f]);
    }
    context = lexicon.group("grooming.context");
    negation = lexicon.group("negation");
  }

  @Override
  public String name() {
    return NAME;
  }

  private int family(int g) {
    for (int f = 0; f < families.length; f++) {
      if (families[f] == g && g >= 0) {
        return f;
      }
    }
    return -1;
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    int[] seen = null;
    int seenCount = 0;
    double miss = 1;
    boolean inContext = false;
    double boost = text.context().involvesLearner() ? LEARNER : 1;
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      inContext |= g == context && g >= 0;
      int f = family(g);
      if (f >= 0 && seenCount < MAX_CUES && !Around.negated(text, hits, lexicon, i, negation)) {
        if (seen == null) {
          seen = new int[MAX_CUES];
        }
        boolean dup = false;
        for (int k = 0; k < seenCount; k++) {
          dup |= lexicon.entry(seen[k]).term().equals(lexicon.entry(hits.entry(i)).term());
        }
        if (!dup) {
          seen[seenCount++] = hits.entry(i);
          miss *= 1 - Math.min(CAP, lexicon.entry(hits.entry(i)).weight() * boost);
        }
      }
    }
    if (seen == null) {
      return;
    }
    double score = (1 - miss) * (inContext ? CONTEXT : 1);
    for (int i = 0; i < hits.size(); i++) {
      int f = family(lexicon.entry(hits.entry(i)).group());
      if (f >= 0 && !Around.negated(text, hits, lexicon, i, negation)) {
        Proximity.signalHit(text, out, "safeguarding.grooming", i, score);
      }
    }
  }
}
