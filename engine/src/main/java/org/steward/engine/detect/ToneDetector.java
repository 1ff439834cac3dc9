package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Hostile tone (CON-13, "would you say it face to face?"): shouting in capitals, piles of
 * exclamation marks, and insults or swearing, above all aimed at "you". Scores the whole text.
 */
final class ToneDetector implements Detector {
  private final int insult;
  private final int profanity;
  private final int you;

  ToneDetector(Lexicon lexicon) {
    insult = lexicon.group("insult");
    profanity = lexicon.group("profanity");
    you = lexicon.group("second-person");
  }

  @Override
  public String name() {
    return "tone";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    double score = 0;
    if (text.letters() >= 12 && text.uppers() * 10 >= text.letters() * 7) {
      score += 0.35;
    }
    if (text.exclamations() >= 3) {
      score += 0.2;
    }
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    double words = 0;
    for (int i = 0; i < hits.size() && words < 0.5; i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      if ((g == insult || g == profanity) && g >= 0) {
        words = Math.max(words, Proximity.near(hits, lexicon, i, you, 12) >= 0 ? 0.5 : 0.3);
      }
    }
    score += words;
    if (score > 0) {
      String t = text.original();
      out.signal("tone.hostile", 0, t.length(), Math.min(1, score), t.length() > 80 ? t.substring(0, 80) + "…" : t);
    }
  }
}
