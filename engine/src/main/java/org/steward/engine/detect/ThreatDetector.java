package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Threats of violence (CON-2): known phrases ("I'll kill you", "watch your back", "I know where you
 * live"), and threats put together (issue #15): a word of intent ({@code threat.intent}: "going
 * to", "should be") right before a violent verb ({@code threat.violence}), with a person or group
 * before the intent or after the verb ("we will burn the refugee hotel", "Black people should be
 * lynched"). Not when negated ("I'm never going to hurt anyone") or quoted by someone rejecting it.
 * Linear: each verb looks at the hits in a bounded window.
 */
final class ThreatDetector implements Detector {
  /** How far before the verb its intent may start, in folded characters ("should all be lynched"). */
  private static final int INTENT_REACH = 24;
  private static final int TARGET_REACH = 40;
  private static final double COMPOSED = 0.8;
  private final int phrase;
  private final int intent;
  private final int violence;
  private final int[] targets;

  ThreatDetector(Lexicon lexicon) {
    phrase = lexicon.group("threat");
    intent = lexicon.group("threat.intent");
    violence = lexicon.group("threat.violence");
    targets = new int[] {lexicon.group("threat.person"), lexicon.group("second-person"), lexicon.group("hate.target"),
        lexicon.group("hate.named"), lexicon.group("sexism.target"), lexicon.group("slur")};
  }

  @Override
  public String name() {
    return "threat";
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
        Proximity.signalHit(text, out, lexicon.entry(hits.entry(i)).category(), i, lexicon.entry(hits.entry(i)).weight());
      } else if (g == violence && violence >= 0) {
        int k = intentBefore(hits, lexicon, i);
        if (k < 0) {
          continue;
        }
        int t = target(hits, lexicon, i, k);
        if (t < 0 || Stance.negatedWithin(text.folded(), Math.max(0, hits.from(k) - 12), hits.from(i))
            || notAnIntent(text, hits, k, i)) {
          continue;
        }
        if (text.stance().counterSpeech(Math.min(hits.from(t), hits.from(k)), hits.from(i))) {
          continue;
        }
        int from = Math.min(hits.from(k), hits.from(t));
        int to = Math.max(hits.to(i), hits.to(t));
        out.signal("threat", text.start(from), text.end(to), COMPOSED);
      }
    }
  }

  /** Words after the verb that turn it on the speaker or subject: self-harm is the safeguarding detector's. */
  private static final java.util.Set<String> REFLEXIVE = java.util.Set.of("myself", "yourself", "himself", "herself", "themselves",
      "ourselves", "themself");

  /**
   * Returns true when intent {@code k} and verb {@code i} do not threaten: "should have shot" (what
   * ought to have happened), "kill herself" (self-harm), or a question ("U gonna commit mass murder?").
   */
  private static boolean notAnIntent(Inspection text, Hits hits, int k, int i) {
    org.steward.engine.text.NormalisedText t = text.folded();
    if (Around.wordAfter(t, hits.to(k)).equals("have") || REFLEXIVE.contains(Around.wordAfter(t, hits.to(i)))) {
      return true;
    }
    String original = text.original();
    for (int c = text.end(hits.to(i)); c < original.length() && c < text.end(hits.to(i)) + 80; c++) {
      char ch = original.charAt(c);
      if (ch == '?') {
        return true;
      }
      if (ch == '.' || ch == '!' || ch == '\n') {
        return false;
      }
    }
    return false;
  }

  /** The intent hit ending at most {@value #INTENT_REACH} characters before verb {@code i}, or -1. */
  private int intentBefore(Hits hits, Lexicon lexicon, int i) {
    for (int k = i - 1; k >= 0 && hits.to(k) >= hits.from(i) - INTENT_REACH - Proximity.SLACK; k--) {
      if (lexicon.entry(hits.entry(k)).group() == intent && hits.to(k) <= hits.from(i) && hits.to(k) >= hits.from(i) - INTENT_REACH) {
        return k;
      }
    }
    return -1;
  }

  /** A person or group before intent {@code k} or after verb {@code i}, within {@value #TARGET_REACH} characters, or -1. */
  private int target(Hits hits, Lexicon lexicon, int i, int k) {
    for (int n = k - 1; n >= 0 && hits.to(n) >= hits.from(k) - TARGET_REACH - Proximity.SLACK; n--) {
      if (isTarget(lexicon, hits.entry(n)) && hits.to(n) <= hits.from(k) && hits.to(n) >= hits.from(k) - TARGET_REACH) {
        return n;
      }
    }
    for (int n = i + 1; n < hits.size() && hits.from(n) <= hits.to(i) + TARGET_REACH + Proximity.SLACK; n++) {
      if (isTarget(lexicon, hits.entry(n)) && hits.from(n) >= hits.to(i) && hits.from(n) <= hits.to(i) + TARGET_REACH) {
        return n;
      }
    }
    return -1;
  }

  private boolean isTarget(Lexicon lexicon, int entry) {
    int g = lexicon.entry(entry).group();
    for (int t : targets) {
      if (t >= 0 && g == t) {
        return true;
      }
    }
    return false;
  }
}
