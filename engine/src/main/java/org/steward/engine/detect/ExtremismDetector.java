package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.LexiconEntry;

/**
 * Extremism (CON-5, SAF-4): organisations proscribed in the UK (Terrorism Act 2000 Schedule 2 and
 * later orders; source and date in {@code lexicons/extremism.txt}), propaganda, and support for them
 * or for violent extremism (issue #13).
 *
 * <ul>
 *   <li>{@code extremism.proscribed}: a proscribed name, scored by its weight (noisy-or over distinct
 *       names). Acronyms count only in capitals, and not in a text shouted in capitals ("LET'S JOIN");
 *       "The Base" only with capitals. News and history name these groups, so the shipped rules only tag it.
 *   <li>{@code extremism.propaganda}: propaganda phrases ("race war", "heil hitler").
 *   <li>{@code extremism.support}: joining, praising, glorifying or fundraising ("join", "long live",
 *       "heroes", "donate to") within {@value #WINDOW} folded characters of a proscribed name, a
 *       violent extremist or propaganda, and not negated ("never join").
 * </ul>
 * Reporting, history, education and counter-extremism anywhere in the text ("BBC", "were jailed",
 * "Prevent workshop", "we condemn") multiply propaganda and support by {@value #DISTANCE}, below the
 * thresholds. A match is a reason for the safeguarding lead to look, never an accusation.
 */
final class ExtremismDetector implements Detector {
  static final int WINDOW = 60;
  static final double DISTANCE = 0.35;
  private static final double SUPPORT_NAMED = 0.9;
  private static final double SUPPORT_AMBIGUOUS = 0.7;
  private static final double SUPPORT_OTHER = 0.85;
  private static final int MAX_TERMS = 32;

  private final int organisation;
  private final int ambiguous;
  private final int acronym;
  private final int titled;
  private final int propaganda;
  private final int figure;
  private final int endorse;
  private final int distance;
  private final int negation;

  ExtremismDetector(Lexicon lexicon) {
    organisation = lexicon.group("extremism.organisation");
    ambiguous = lexicon.group("extremism.ambiguous");
    acronym = lexicon.group("extremism.acronym");
    titled = lexicon.group("extremism.titled");
    propaganda = lexicon.group("extremism.propaganda");
    figure = lexicon.group("extremism.figure");
    endorse = lexicon.group("extremism.endorse");
    distance = lexicon.group("extremism.distance");
    negation = lexicon.group("negation");
  }

  @Override
  public String name() {
    return "extremism";
  }

  private boolean isName(int g) {
    return g >= 0 && (g == organisation || g == ambiguous || g == acronym || g == titled);
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    boolean any = false;
    boolean reporting = false;
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      any |= isName(g) || (g == propaganda && g >= 0) || (g == figure && g >= 0);
      reporting |= g == distance && g >= 0;
    }
    if (!any) {
      return;
    }
    boolean shouting = text.letters() >= 12 && text.uppers() * 10 >= text.letters() * 7;
    double factor = reporting ? DISTANCE : 1;
    double nameMiss = 1;
    double propagandaMiss = 1;
    int[] seen = new int[MAX_TERMS];
    int seenCount = 0;
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      boolean name = isName(e.group()) && counts(text, hits, i, e.group(), shouting);
      if ((name || (e.group() == propaganda && propaganda >= 0)) && !seenBefore(lexicon, seen, seenCount, e) && seenCount < MAX_TERMS) {
        seen[seenCount++] = hits.entry(i);
        if (name) {
          nameMiss *= 1 - e.weight();
        } else {
          propagandaMiss *= 1 - e.weight();
        }
      }
    }
    for (int i = 0; i < hits.size(); i++) {
      LexiconEntry e = lexicon.entry(hits.entry(i));
      int g = e.group();
      double support;
      if (isName(g) && counts(text, hits, i, g, shouting)) {
        if (!insideLongerName(text, hits, lexicon, i, shouting)) {
          Proximity.signalHit(text, out, "extremism.proscribed", i, 1 - nameMiss);
        }
        support = e.weight() >= 0.5 ? SUPPORT_NAMED : SUPPORT_AMBIGUOUS;
      } else if (g == propaganda && g >= 0) {
        Proximity.signalHit(text, out, "extremism.propaganda", i, (1 - propagandaMiss) * factor);
        support = SUPPORT_OTHER;
      } else if (g == figure && g >= 0) {
        support = SUPPORT_OTHER;
      } else {
        continue;
      }
      int k = endorsementNear(text, hits, lexicon, i);
      if (k >= 0) {
        Proximity.signalBoth(text, out, "extremism.support", i, k, support * factor);
      }
    }
  }

  private static boolean seenBefore(Lexicon lexicon, int[] seen, int count, LexiconEntry e) {
    for (int k = 0; k < count; k++) {
      if (lexicon.entry(seen[k]).term().equals(e.term())) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when a name hit counts: acronyms in capitals (not in a shouted text), titled names capitalised. */
  private boolean counts(Inspection text, Hits hits, int i, int g, boolean shouting) {
    if (g != acronym && g != titled) {
      return true;
    }
    String t = text.original();
    int s = text.start(hits.from(i));
    int e = Math.min(t.length(), text.end(hits.to(i)));
    if (g == acronym) {
      if (shouting) {
        return false;
      }
      for (int k = s; k < e; k++) {
        if (Character.isLowerCase(t.charAt(k))) {
          return false;
        }
      }
      return true;
    }
    for (int k = s; k < e; k++) {
      if ((k == s || !Character.isLetter(t.charAt(k - 1))) && Character.isLetter(t.charAt(k)) && !Character.isUpperCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Returns true when name hit {@code i} lies inside a longer name hit ("isis" in "isis k"). */
  private boolean insideLongerName(Inspection text, Hits hits, Lexicon lexicon, int i, boolean shouting) {
    for (int k = i + 1; k < hits.size() && hits.from(k) <= hits.from(i) + Proximity.SLACK && hits.to(k) - Proximity.SLACK <= hits.to(i); k++) {
      int g = lexicon.entry(hits.entry(k)).group();
      if (isName(g) && counts(text, hits, k, g, shouting) && hits.from(k) <= hits.from(i) && hits.to(k) >= hits.to(i)
          && hits.to(k) - hits.from(k) > hits.to(i) - hits.from(i)) {
        return true;
      }
    }
    for (int k = i - 1; k >= 0 && hits.to(k) >= hits.to(i); k--) {
      int g = lexicon.entry(hits.entry(k)).group();
      if (isName(g) && counts(text, hits, k, g, shouting) && hits.from(k) <= hits.from(i) && hits.to(k) - hits.from(k) > hits.to(i) - hits.from(i)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the index of an endorsing hit within the window of hit {@code i}, not overlapping it and not negated, or -1. */
  private int endorsementNear(Inspection text, Hits hits, Lexicon lexicon, int i) {
    if (endorse < 0) {
      return -1;
    }
    int from = hits.from(i) - WINDOW;
    int to = hits.to(i) + WINDOW;
    for (int k = i - 1; k >= 0 && hits.to(k) >= from - Proximity.SLACK; k--) {
      if (endorses(text, hits, lexicon, i, k, from, to)) {
        return k;
      }
    }
    for (int k = i + 1; k < hits.size() && hits.to(k) - Proximity.SLACK <= to; k++) {
      if (endorses(text, hits, lexicon, i, k, from, to)) {
        return k;
      }
    }
    return -1;
  }

  private boolean endorses(Inspection text, Hits hits, Lexicon lexicon, int i, int k, int from, int to) {
    return lexicon.entry(hits.entry(k)).group() == endorse && hits.to(k) >= from && hits.from(k) <= to
        && (hits.to(k) <= hits.from(i) || hits.from(k) >= hits.to(i))
        && !Around.negated(text, hits, lexicon, k, negation);
  }
}
