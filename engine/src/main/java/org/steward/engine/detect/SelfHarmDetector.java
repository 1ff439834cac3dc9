package org.steward.engine.detect;

import java.util.Set;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;
import org.steward.engine.text.NormalisedText;

/**
 * Self-harm and suicidal intent said by the writer about themselves, now (SAF-3; issue #13):
 * "I want to die", "kms", "unalive myself", "i cant go on", with the engine's folding for disguises.
 * Not a statement that is negated ("I don't want to die"), said of someone else ("do you want to
 * die?"), quoted, an idiom ("kill myself laughing", "die of embarrassment") or a distance ("10 kms");
 * and a prevention campaign, news, lyrics or fiction in the same text ("if you feel like ending it
 * all, call Samaritans") takes the score well below the rules' thresholds. A helpline named beside
 * a statement lowers it only a little, since a person in crisis may name one too.
 *
 * <p>The score is the noisy-or of the distinct statements' weights; every statement is reported
 * with it as {@code safeguarding.self-harm}. The shipped rules route it to the designated safeguarding
 * lead and never block it.
 */
final class SelfHarmDetector implements Detector {
  static final String NAME = "safeguarding.self-harm";
  private static final double CONTEXT = 0.3;
  private static final double HELPLINE = 0.75;
  private static final double QUOTED = 0.3;
  private static final Set<String> AFTER_ANY = Set.of("laughing");
  private static final Set<String> AFTER_DIE = Set.of("of", "laughing", "my", "your", "his", "her", "their", "it", "for");
  private static final Set<String> AFTER_INJURY = Set.of("on", "shaving", "while", "playing", "at", "during", "in", "slack", "off",
      "short", "some", "free", "out", "accidentally", "doing", "when", "cooking", "training", "running", "laughing", "badly", "lifting");
  private static final int MAX_STATEMENTS = 32;

  private final int statement;
  private final int die;
  private final int injury;
  private final int last;
  private final int context;
  private final int support;
  private final int negation;
  private final int other;
  private final int you;

  SelfHarmDetector(Lexicon lexicon) {
    statement = lexicon.group("self-harm.statement");
    die = lexicon.group("self-harm.die");
    injury = lexicon.group("self-harm.injury");
    last = lexicon.group("self-harm.final");
    context = lexicon.group("self-harm.context");
    support = lexicon.group("self-harm.support");
    negation = lexicon.group("negation");
    other = lexicon.group("other-person");
    you = lexicon.group("second-person");
  }

  @Override
  public String name() {
    return NAME;
  }

  private boolean isStatement(int g) {
    return g >= 0 && (g == statement || g == die || g == injury || g == last);
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    int[] accepted = null;
    int count = 0;
    boolean inContext = false;
    boolean helpline = false;
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      inContext |= g == context && g >= 0;
      helpline |= g == support && g >= 0;
      if (isStatement(g) && count < MAX_STATEMENTS && firstPersonNow(text, hits, lexicon, i, g)) {
        if (accepted == null) {
          accepted = new int[MAX_STATEMENTS];
        }
        accepted[count++] = i;
      }
    }
    if (count == 0) {
      return;
    }
    double miss = 1;
    for (int a = 0; a < count; a++) {
      LexiconEntry e = lexicon.entry(hits.entry(accepted[a]));
      boolean dup = false;
      for (int b = 0; b < a; b++) {
        dup |= lexicon.entry(hits.entry(accepted[b])).term().equals(e.term());
      }
      if (!dup) {
        miss *= 1 - e.weight();
      }
    }
    double score = (1 - miss) * (inContext ? CONTEXT : helpline ? HELPLINE : 1);
    Around.Quotes quotes = new Around.Quotes(text.original());
    for (int a = 0; a < count; a++) {
      int i = accepted[a];
      int start = text.start(hits.from(i));
      double s = quotes.inside(start) ? score * QUOTED : score;
      out.signal("safeguarding.self-harm", start, text.end(hits.to(i)), s);
    }
  }

  /** Returns true when statement hit {@code i} is the writer's own and meant as said. */
  private boolean firstPersonNow(Inspection text, Hits hits, Lexicon lexicon, int i, int g) {
    NormalisedText f = text.folded();
    if (Around.negated(text, hits, lexicon, i, negation) || Around.rightAfter(text, hits, lexicon, i, other)
        || Around.rightAfter(text, hits, lexicon, i, you)) {
      return false;
    }
    if (Around.isNumber(Around.wordBefore(f, hits.from(i)))) {
      return false; // "10 kms"
    }
    if (g == last && !Around.endsSentence(text.original(), text.end(hits.to(i)))) {
      return false; // "i cant go on the trip"
    }
    String after = Around.wordAfter(f, hits.to(i));
    Set<String> idioms = g == die ? AFTER_DIE : g == injury ? AFTER_INJURY : AFTER_ANY;
    return !idioms.contains(after);
  }
}
