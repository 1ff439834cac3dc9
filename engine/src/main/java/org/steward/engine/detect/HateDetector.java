package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;

/**
 * Attacks on groups of people (CON-1): a group ("immigrants", "muslims") near dehumanising or
 * exclusionary words ("vermin", "send them back") or profanity, or a slur near such words. Reports
 * {@code hate.<target>} ({@code hate.race}, {@code hate.religion}, {@code hate.lgbt}…).
 */
final class HateDetector implements Detector {
  private static final int WINDOW = 40;
  private final int target;
  private final int derogatory;
  private final int slur;
  private final int profanity;

  HateDetector(Lexicon lexicon) {
    target = lexicon.group("hate.target");
    derogatory = lexicon.group("hate.derogatory");
    slur = lexicon.group("slur");
    profanity = lexicon.group("profanity");
  }

  @Override
  public String name() {
    return "hate";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    Stance stance = null;
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      boolean isTarget = e.group() == target && target >= 0;
      boolean isSlur = e.group() == slur && slur >= 0;
      if (!isTarget && !isSlur) {
        continue;
      }
      int k = Proximity.near(hits, lexicon, i, derogatory, WINDOW);
      double score;
      if (k >= 0) {
        score = Proximity.noisyOr(isSlur ? 0.5 : 0.3, lexicon.entry(hits.entry(k)).weight());
      } else if (Proximity.near(hits, lexicon, i, profanity, WINDOW / 2) >= 0) {
        k = Proximity.near(hits, lexicon, i, profanity, WINDOW / 2);
        score = isSlur ? 0.7 : 0.6;
      } else {
        continue;
      }
      if (isTarget) {
        stance = stance == null ? new Stance(text) : stance;
        if (stance.excuses(hits.from(i), hits.from(k))) {
          continue;
        }
      }
      String category = "hate." + e.category().substring(e.category().indexOf('.') + 1);
      int from = Math.min(hits.from(i), hits.from(k));
      int to = Math.max(hits.to(i), hits.to(k));
      out.signal(category, text.start(from), text.end(to), score);
    }
  }
}
