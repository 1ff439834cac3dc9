package org.steward.engine.detect;

import java.util.Set;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;

/**
 * Bullying, harassment and trolling (CON-2): known phrases ("kill yourself", "nobody likes you"),
 * and insults or slurs aimed at a person ("you" within a few words of "idiot"; further when only
 * words that say what "you" are stand between: "you sound like an idiot", "you are the most
 * pathetic").
 */
final class HarassmentDetector implements Detector {
  private static final int WINDOW = 12;
  /**
   * How far "you" may stand before the insult when only {@link #LINKING} words are between. Not
   * the plain window: within 24 characters "you" meets every literal "trash" and "rubbish" of a
   * tweet ("you been smoking trash"), which cost 14 false findings on the Davidson development set.
   */
  private static final int LINKED_WINDOW = 24;
  /** Words that say what "you" are, between "you" and the word said of them. */
  private static final Set<String> LINKING = Set.of("are", "re", "r", "sound", "sounds", "look", "looks", "like",
      "seem", "a", "an", "the", "most", "so", "such", "really", "total", "complete", "absolute", "utter", "proper",
      "just", "being", "acting", "biggest", "little");
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
      } else if ((g == insult || g == slur) && g >= 0 && linkedYou(text, hits, lexicon, i)) {
        score = 0.75;
      }
      if (score > 0) {
        Proximity.signalHit(text, out, "harassment", i, score);
      }
    }
  }

  /** Whether "you" stands up to {@link #LINKED_WINDOW} characters before hit {@code i} with only linking words between. */
  private boolean linkedYou(Inspection text, Hits hits, Lexicon lexicon, int i) {
    if (you < 0) {
      return false;
    }
    int from = hits.from(i);
    // Hits come in order of where they end: only the few before this one can be near.
    for (int k = i - 1; k >= 0 && hits.to(k) >= from - LINKED_WINDOW - Proximity.SLACK; k--) {
      if (lexicon.entry(hits.entry(k)).group() == you && hits.to(k) <= from && from - hits.to(k) <= LINKED_WINDOW
          && onlyLinking(text.folded(), hits.to(k), from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyLinking(NormalisedText folded, int from, int to) {
    for (String word : folded.slice(from, to).trim().split(" ")) {
      if (!word.isEmpty() && !LINKING.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
