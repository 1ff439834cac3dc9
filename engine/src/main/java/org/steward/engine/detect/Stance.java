package org.steward.engine.detect;

import java.util.Set;
import org.steward.engine.text.NormalisedText;

/**
 * Whether a group named beside a derogatory word is being attacked or defended (issue #15): the
 * word lists' hate and sexism signals are not raised for negated claims ("Muslims are not
 * terrorists", "I never said lesbians were disgusting") or for hate quoted or reported by someone
 * who rejects it ("\"Refugees are parasites\" was painted on the wall and the council cleaned it
 * off", "the idea that refugees are a plague is simply false"). Slurs are never excused here.
 * Every look reads a bounded window around the hit, or the text once per check, so it stays linear.
 */
final class Stance {
  /** How far before the group a negation may stand ("I do not think gay people are …"). */
  private static final int NEGATION_REACH = 24;
  private static final int FRAME_REACH = 40;
  private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "nothing", "t", "cannot", "isnt", "arent", "dont", "doesnt");
  /** Words after a negator that keep the attack: "nothing but vermin", "no better than animals". */
  private static final Set<String> KEEPS = Set.of("but", "better", "more", "less", "even", "human", "humans", "people", "welcome", "place", "right", "saying");
  /** Words that introduce what someone else says or thinks. */
  private static final Set<String> FRAMES = Set.of("said", "say", "says", "saying", "wrote", "write", "writes", "posted", "posting",
      "shouted", "yelled", "chanted", "told", "called", "calling", "claim", "claims", "claiming", "idea", "think", "thinks",
      "thinking", "believe", "believes", "read", "reads", "quoting", "tweets", "tweet", "comment", "comments", "myth", "lie");
  /** Words of someone rejecting what they quote or report. */
  private static final Set<String> REJECTIONS = Set.of("racist", "racism", "hate", "hateful", "homophobic", "homophobia", "transphobic",
      "transphobia", "antisemitic", "antisemitism", "islamophobic", "islamophobia", "sexist", "sexism", "misogyny", "misogynistic",
      "misogynist", "prejudice", "bigoted", "bigotry", "bigot", "lie", "lies", "false", "wrong", "myth", "untrue", "reported", "report",
      "condemn", "condemned", "removed", "vile", "shameful", "disgraceful", "unacceptable", "harmful", "challenge", "complained",
      "banned", "suspension", "suspended", "filth", "awful", "disgusting", "abuse", "ableist", "xenophobic", "grow");

  private final Inspection text;
  private int[] quotes;
  private int rejects = -1;

  /** One per check, made only when a signal is about to be raised: the quote marks and the rejecting words are read once. */
  Stance(Inspection text) {
    this.text = text;
  }

  /** Returns true when the claim from {@code groupFrom} to {@code derogFrom} (folded positions) is negated or rejected. */
  boolean excuses(int groupFrom, int derogFrom) {
    return negated(text.folded(), groupFrom, derogFrom) || counterSpeech(groupFrom, derogFrom);
  }

  /** Returns true when a negator stands between the start of the claim and the derogatory word at {@code derogFrom}. */
  static boolean negated(NormalisedText t, int groupFrom, int derogFrom) {
    int from = Math.max(0, Math.min(groupFrom, derogFrom) - NEGATION_REACH);
    int to = derogFrom;
    boolean negated = false;
    int s = from;
    while (s < to) {
      while (s < to && t.charAt(s) == ' ') {
        s++;
      }
      int e = s;
      while (e < t.length() && t.charAt(e) != ' ') {
        e++;
      }
      if (s >= to || e > to) {
        break;
      }
      String w = t.slice(s, e);
      if (w.equals("but")) {
        negated = false; // "I don't hate them, but they are vermin"
      } else if (NEGATORS.contains(w) && !KEEPS.contains(Around.wordAfter(t, e))) {
        negated = true;
      }
      s = e;
    }
    return negated;
  }

  /**
   * Returns true when the text rejects what it quotes or reports: a rejecting word somewhere in the
   * text, and the claim inside quotation marks or after a word that reports speech or belief.
   */
  boolean counterSpeech(int groupFrom, int derogFrom) {
    NormalisedText t = text.folded();
    int claim = Math.min(groupFrom, derogFrom);
    boolean reported = quoted(text.start(claim)) || framedBefore(t, claim);
    if (!reported) {
      return false;
    }
    if (rejects < 0) {
      rejects = rejects(t) ? 1 : 0;
    }
    return rejects == 1;
  }

  private boolean quoted(int at) {
    if (quotes == null) {
      String original = text.original();
      int n = 0;
      int[] q = new int[8];
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D') {
          if (n == q.length) {
            q = java.util.Arrays.copyOf(q, n * 2);
          }
          q[n++] = i;
        }
      }
      quotes = java.util.Arrays.copyOf(q, n);
    }
    int before = java.util.Arrays.binarySearch(quotes, at);
    before = before < 0 ? -before - 1 : before;
    return before % 2 == 1;
  }

  private static boolean framedBefore(NormalisedText t, int claim) {
    int from = Math.max(0, claim - FRAME_REACH);
    int s = from;
    while (s < claim) {
      int e = s;
      while (e < claim && t.charAt(e) != ' ') {
        e++;
      }
      if (e > s && FRAMES.contains(t.slice(s, e))) {
        return true;
      }
      s = e + 1;
    }
    return false;
  }

  private static boolean rejects(NormalisedText t) {
    int s = 0;
    while (s < t.length()) {
      int e = s;
      while (e < t.length() && t.charAt(e) != ' ') {
        e++;
      }
      if (e > s && e - s <= 14 && REJECTIONS.contains(t.slice(s, e))) {
        return true;
      }
      s = e + 1;
    }
    return false;
  }
}
