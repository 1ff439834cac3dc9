package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Bullying, harassment and trolling (CON-2): known phrases ("kill yourself", "nobody likes you"),
 * and insults or slurs aimed at a person ("you" within a few words of "idiot").
 */
final class HarassmentDetector implements Detector {
  private static final int WINDOW = 12;
  private final int phrase;
  private final int insult;
  private final int slur;
  private final int profanity;
  private final int you;

  HarassmentDetector(Lexicon lexicon) {
    phrase = lexicon.group("harassment");
    insult = lexicon.group("insult");
    slur = lexicon.group("slur");
    profanity = lexicon.group("profanity");
    you = lexicon.group("second-person");
  }

  @Override
  public String name() {
    return "harassment";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      double score = 0;
      if (g == phrase && phrase >= 0) {
        score = lexicon.entry(hits.entry(i)).weight();
      } else if ((g == insult || g == slur || g == profanity) && g >= 0 && Proximity.near(hits, lexicon, i, you, WINDOW) >= 0) {
        // Swearing near "you" is often friendly ("you're fucking brilliant"): it counts, but not enough alone.
        score = g == profanity ? 0.45 : 0.75;
      }
      if (score > 0) {
        Proximity.signalHit(text, out, "harassment", i, score);
      }
    }
  }
}
