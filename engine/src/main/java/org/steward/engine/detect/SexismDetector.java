package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Sexism (CON-1): known sexist phrases, gendered slurs, and stereotypes or insults near words for
 * women ("women … too emotional"). A score, so rules choose how sure they need to be.
 */
final class SexismDetector implements Detector {
  private static final int WINDOW = 40;
  private final int phrase;
  private final int slur;
  private final int target;
  private final int stereotype;
  private final int insult;
  private final int derogatory;

  SexismDetector(Lexicon lexicon) {
    phrase = lexicon.group("sexism.phrase");
    slur = lexicon.group("sexism.slur");
    target = lexicon.group("sexism.target");
    stereotype = lexicon.group("sexism.stereotype");
    insult = lexicon.group("insult");
    derogatory = lexicon.group("hate.derogatory");
  }

  @Override
  public String name() {
    return "sexism";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      if (g < 0) {
        continue;
      }
      if (g == phrase) {
        if (!text.stance().counterSpeech(hits.from(i), hits.from(i))) {
          Proximity.signalHit(text, out, "sexism", i, lexicon.entry(hits.entry(i)).weight());
        } else {
          text.excuseClaim(hits.from(i), hits.to(i));
        }
      } else if (g == slur) {
        Proximity.signalHit(text, out, "sexism", i, lexicon.entry(hits.entry(i)).weight());
      } else if (g == target) {
        int k = Proximity.near(hits, lexicon, i, stereotype, WINDOW);
        if (k < 0) {
          k = Proximity.near(hits, lexicon, i, insult, WINDOW);
        }
        if (k < 0) {
          k = Proximity.near(hits, lexicon, i, derogatory, WINDOW);
        }
        if (k >= 0) {
          if (text.stance().excuses(hits.from(i), hits.from(k))) {
            Proximity.excuseBoth(text, i, k);
            continue;
          }
          double score = Proximity.noisyOr(lexicon.entry(hits.entry(i)).weight(), Math.max(0.4, lexicon.entry(hits.entry(k)).weight() * 0.6));
          Proximity.signalBoth(text, out, "sexism", i, k, score);
        }
      }
    }
  }
}
