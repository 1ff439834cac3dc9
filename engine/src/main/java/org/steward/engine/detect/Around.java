package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;

/**
 * What stands right around a lexicon hit: the word before or after it in the folded text, and hits
 * of another group that end just before it ("don't" before "want to die"). Each look reads a few
 * characters or neighbouring hits only, so detectors that call it once per hit stay linear.
 */
final class Around {
  /** Longest word looked at around a hit: longer words are never in the small word sets compared. */
  private static final int MAX_WORD = 24;

  private Around() {}

  /** Returns the folded word right before folded position {@code from} (one space between), or "". */
  static String wordBefore(NormalisedText t, int from) {
    int e = from - 1;
    if (e < 0 || t.charAt(e) != ' ') {
      return "";
    }
    int s = e;
    while (s > 0 && t.charAt(s - 1) != ' ' && e - s < MAX_WORD) {
      s--;
    }
    return t.slice(s, e);
  }

  /** Returns the folded word right after folded position {@code to} (one space between), or "". */
  static String wordAfter(NormalisedText t, int to) {
    if (to >= t.length() || t.charAt(to) != ' ') {
      return "";
    }
    int s = to + 1;
    int e = s;
    while (e < t.length() && t.charAt(e) != ' ' && e - s < MAX_WORD) {
      e++;
    }
    return t.slice(s, e);
  }

  /** Returns true when a hit of {@code group} ends at most {@code gap} folded chars before hit {@code i} starts. */
  static boolean endsJustBefore(Hits hits, Lexicon lexicon, int i, int group, int gap) {
    if (group < 0) {
      return false;
    }
    int from = hits.from(i);
    // Hits come in order of where they end: only the last few before i can end just before it.
    for (int k = i - 1; k >= 0 && hits.to(k) >= from - gap - Proximity.SLACK; k--) {
      if (lexicon.entry(hits.entry(k)).group() == group && hits.to(k) <= from && from - hits.to(k) <= gap) {
        return true;
      }
    }
    for (int k = i + 1; k < hits.size() && hits.to(k) <= from; k++) {
      if (lexicon.entry(hits.entry(k)).group() == group && from - hits.to(k) <= gap) {
        return true;
      }
    }
    return false;
  }

  /** Words that may stand between a negation and what it negates ("not going to kill myself"). */
  private static final java.util.Set<String> FILLERS = java.util.Set.of("", "going to", "gonna", "ever", "ever going to", "really",
      "want to", "wanna", "trying to", "about to", "planning to", "planning on", "going to ever", "have to", "need to", "ever want to", "a", "an", "such a", "the", "that");

  /**
   * Returns true when a hit of {@code negation} ends right before hit {@code i}, in the same sentence,
   * with at most a filler between ("don't want to die", "not going to kill myself", "never meet up");
   * "I don't know why I want to die" is not negated.
   */
  static boolean negated(Inspection text, Hits hits, Lexicon lexicon, int i, int negation) {
    if (negation < 0) {
      return false;
    }
    int from = hits.from(i);
    for (int k = i - 1; k >= 0 && hits.to(k) >= from - MAX_WORD - Proximity.SLACK; k--) {
      if (lexicon.entry(hits.entry(k)).group() == negation && hits.to(k) < from && from - hits.to(k) <= MAX_WORD
          && FILLERS.contains(text.folded().slice(hits.to(k), from).strip()) && sameSentence(text, hits.to(k), from)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when a hit of {@code group} ends one space before hit {@code i}, in the same sentence ("you want to die?"). */
  static boolean rightAfter(Inspection text, Hits hits, Lexicon lexicon, int i, int group) {
    return endsJustBefore(hits, lexicon, i, group, 1) && sameSentence(text, hits.from(i) - 1, hits.from(i));
  }

  /** Returns true when the original text between folded positions {@code a} and {@code b} has no sentence or clause break. */
  private static boolean sameSentence(Inspection text, int a, int b) {
    String t = text.original();
    int s = Math.max(0, text.start(Math.max(0, a - 1)));
    int e = Math.min(t.length(), text.start(Math.min(b, text.folded().length() - 1)));
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Returns true when some hit of {@code group} is in the text. */
  static boolean any(Hits hits, Lexicon lexicon, int group) {
    if (group < 0) {
      return false;
    }
    for (int k = 0; k < hits.size(); k++) {
      if (lexicon.entry(hits.entry(k)).group() == group) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true when nothing but spaces stands between original offset {@code end} and the end of the
   * text or a character that is not a letter or digit (a full stop, an emoji, a line break).
   */
  static boolean endsSentence(String original, int end) {
    int p = end;
    while (p < original.length() && (original.charAt(p) == ' ' || original.charAt(p) == '\t')) {
      p++;
    }
    return p >= original.length() || !Character.isLetterOrDigit(original.codePointAt(p));
  }

  /** Returns true when every letter of {@code s} is a digit (and there is one). */
  static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Positions of double quotation marks in {@code original} ({@code "}, curly and angled), found in one
   * pass, so that many hits can ask whether they are inside a quotation. Empty for most texts.
   */
  static final class Quotes {
    private int[] at = new int[0];
    private int count;

    Quotes(String original) {
      for (int k = 0; k < original.length(); k++) {
        char c = original.charAt(k);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
          if (count == at.length) {
            at = java.util.Arrays.copyOf(at, Math.max(4, count * 2));
          }
          at[count++] = k;
        }
      }
    }

    /** Returns true when an odd number of quotation marks stands before {@code pos} and one after it. */
    boolean inside(int pos) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo % 2 == 1 && lo < count;
    }
  }
}
