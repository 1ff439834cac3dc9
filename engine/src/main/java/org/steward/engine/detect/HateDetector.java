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
  private final int named;
  private final int women;
  private final int claim;

  HateDetector(Lexicon lexicon) {
    target = lexicon.group("hate.target");
    derogatory = lexicon.group("hate.derogatory");
    slur = lexicon.group("slur");
    profanity = lexicon.group("profanity");
    named = lexicon.group("hate.named");
    women = lexicon.group("sexism.target");
    claim = lexicon.group("hate.claim");
  }

  @Override
  public String name() {
    return "hate";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
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
        if (text.stance().excuses(hits.from(i), hits.from(k))) {
          Proximity.excuseBoth(text, i, k);
          k = unexcusedAfter(text, hits, lexicon, i, k);
          if (k < 0) {
            continue;
          }
          score = Proximity.noisyOr(0.3, lexicon.entry(hits.entry(k)).weight());
        }
      }
      String category = "hate." + e.category().substring(e.category().indexOf('.') + 1);
      Proximity.signalBoth(text, out, category, i, k, score);
    }
    // denied weak claims matter only where the model reads them away: a short statement (Stance.ownWords)
    if (claim >= 0 && text.original().length() <= Stance.SHORT_STATEMENT) {
      excuseDeniedClaims(text, hits, lexicon);
    }
  }

  /**
   * Returns the next derogatory hit after {@code k} near the group at {@code i} that makes a claim
   * of its own, or -1: in another clause, with no negator of its own ("Immigrants are not criminals,
   * they are vermin" denies one claim and makes another; "not terrorists or criminals" denies both).
   * Reads only the hits inside the window.
   */
  private int unexcusedAfter(Inspection text, Hits hits, Lexicon lexicon, int i, int k) {
    int limit = hits.to(i) + WINDOW;
    for (int n = k + 1; n < hits.size() && hits.from(n) <= limit; n++) {
      if (n != i && lexicon.entry(hits.entry(n)).group() == derogatory && hits.from(n) >= hits.to(k)
          && Stance.clauseEndsBetween(text.folded(), hits.to(k), hits.from(n))
          && !Stance.negatedWithin(text.folded(), hits.to(k), hits.from(n)) && !text.stance().counterSpeech(hits.from(i), hits.from(n))) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Records each claim the text denies about a group ("Muslims are not a problem", "Nobody here
   * thinks disabled people are a burden") or quotes and rejects, with weak words too: no signal
   * either way, but the learned detector then judges the text without those claims. A group here
   * is any word that names one, also the ambiguous ones ("Polish") and words for women.
   */
  private void excuseDeniedClaims(Inspection text, Hits hits, Lexicon lexicon) {
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      if (g < 0 || (g != target && g != named && g != women)) {
        continue;
      }
      int k = Proximity.near(hits, lexicon, i, claim, WINDOW);
      if (k < 0) {
        continue;
      }
      if (text.stance().excuses(hits.from(i), hits.from(k))) {
        Proximity.excuseBoth(text, i, k);
      }
    }
  }
}
