package org.steward.engine.detect;

import java.util.Set;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;

/**
 * Insults and mockery aimed at a named person or another institution (CON-2, CON-13; issue #15).
 * An insult ({@code insult} of abuse.txt, {@code mockery.*} of mockery.txt), not negated ("is not an
 * idiot"), next to a target it can see:
 * <ul>
 *   <li>{@code mockery.person}: a person of the directory, an {@code @handle} or a title and a
 *       capitalised name ("Mr Patel"); and, for words only said of people ("muppet", "idiot"), also
 *       a first and a last name ("Priya Patel") or one capitalised name right before "is", "was" or "'s";
 *   <li>{@code mockery.institution}: a named college, school, academy or university ("Barnet College
 *       is a joke and their students are idiots").
 * </ul>
 * The target must stand within {@value #BEFORE} characters before the insult or {@value #AFTER}
 * after it. Each look reads a bounded stretch of the original text, so the detector is linear.
 */
final class MockeryDetector implements Detector {
  static final int BEFORE = 60;
  static final int AFTER = 20;
  private static final double PERSON = 0.75;
  private static final double INSTITUTION = 0.65;
  /** Capitalised words that are not names: sentence starts, days, months, pronouns. */
  private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you",
      "i", "there", "here", "what", "who", "why", "how", "when", "where", "our", "my", "your", "their", "his", "her", "its", "a", "an",
      "and", "but", "so", "if", "oh", "omg", "lol", "honestly", "seriously", "literally", "today", "tonight", "tomorrow", "yesterday",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "life", "everyone", "everything", "nobody",
      "someone", "well", "yes", "no", "not", "mate", "bro", "guys", "sir", "miss", "i'm", "i've", "i'd", "i'll", "it's", "that's",
      "there's", "he's", "she's", "you're", "we're", "they're", "what's", "who's", "rt", "suddenly", "granted", "apparently",
      "clearly", "maybe", "actually", "basically", "obviously");
  private static final Set<String> INSTITUTION_WORDS = Set.of("college", "university", "uni", "school", "academy", "sixth", "form");
  private static final Set<String> COPULA = Set.of("is", "was", "s", "looks", "sounds", "acts", "is such", "is an", "is a", "was a", "was an");

  private final int insult;
  private final int personInsult;
  private final int mockery;
  private final int institution;
  private final int honorific;
  private final int negation;

  MockeryDetector(Lexicon lexicon) {
    insult = lexicon.group("insult");
    personInsult = lexicon.group("mockery.person-insult");
    mockery = lexicon.group("mockery.insult");
    institution = lexicon.group("mockery.institution");
    honorific = lexicon.group("honorific");
    negation = lexicon.group("negation");
  }

  @Override
  public String name() {
    return "mockery";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    int lastEnd = -1;
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      boolean personOnly = g == personInsult && g >= 0;
      if (!(personOnly || (g == insult && g >= 0) || (g == mockery && g >= 0)) || Around.negated(text, hits, lexicon, i, negation)) {
        continue;
      }
      int from = text.start(hits.from(i));
      int to = text.end(hits.to(i));
      if (from < lastEnd) {
        continue; // "idiot" inside "full of idiots": one finding
      }
      int person = personBefore(text, hits, lexicon, i, personOnly);
      if (person >= 0) {
        out.signal("mockery.person", person, to, PERSON);
        lastEnd = to;
        continue;
      }
      int school = institutionNear(text, hits, lexicon, i);
      if (school >= 0) {
        out.signal("mockery.institution", Math.min(school, from), to, INSTITUTION);
        lastEnd = to;
      }
    }
  }

  /** Returns the original start of a named person near insult hit {@code i}, or -1. */
  private int personBefore(Inspection text, Hits hits, Lexicon lexicon, int i, boolean personOnly) {
    Hits names = text.names();
    int at = hits.from(i);
    for (int k = 0; k < names.size(); k++) { // directory names: few, and each looked at once per insult hit
      if (names.to(k) <= at && at - names.to(k) <= BEFORE || names.from(k) >= hits.to(i) && names.from(k) - hits.to(i) <= AFTER) {
        return text.start(names.from(k));
      }
      if (k >= 16) {
        break;
      }
    }
    int h = Proximity.near(hits, lexicon, i, honorific, BEFORE);
    if (h >= 0 && hits.to(h) <= at && capitalisedAfter(text.original(), text.end(hits.to(h)))) {
      return text.start(hits.from(h));
    }
    // Without a sure target, only words said of people count: "Open Evening is rubbish" names no one.
    return personOnly ? namedInOriginal(text.original(), text.start(at)) : -1;
  }

  /** Looks back over the original text before {@code pos} for an @handle, First Last, or (person-only insults) Name + copula. */
  private static int namedInOriginal(String t, int pos) {
    int limit = Math.max(0, pos - BEFORE);
    int end = pos;
    int prevStart = -1; // start of the word after the current one (to its right)
    boolean prevCapital = false;
    String prevWord = "";
    String rightWords = "";
    while (end > limit) {
      int e = end;
      while (e > limit && !isWordChar(t.charAt(e - 1))) {
        e--;
      }
      int s = e;
      while (s > limit && isWordChar(t.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        break;
      }
      String word = t.substring(s, e);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      boolean handle = s > 0 && t.charAt(s - 1) == '@' && (s == 1 || !isWordChar(t.charAt(s - 2)));
      if (handle) {
        return s - 1;
      }
      boolean capital = Character.isUpperCase(word.charAt(0)) && word.length() >= 2 && !allCaps(word)
          && !NOT_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT));
      if (capital && prevCapital && noBreak(t, e, prevStart) && !INSTITUTION_WORDS.contains(prevWord)) {
        return s; // "Priya Patel is useless"
      }
      if (capital && COPULA.contains(rightWords.strip()) && noBreak(t, e, pos) && !INSTITUTION_WORDS.contains(lower)) {
        return s; // "Dave is a muppet"
      }
      if (rightWords.length() < 12) {
        rightWords = word.toLowerCase(java.util.Locale.ROOT) + " " + rightWords;
      }
      prevCapital = capital;
      prevStart = s;
      prevWord = lower;
      end = s;
    }
    return -1;
  }

  private static boolean noBreak(String t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.length(), to); k++) {
      char c = t.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ',' || c == ';' || c == ':') {
        return false;
      }
    }
    return true;
  }

  private static boolean allCaps(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
  }

  private static boolean capitalisedAfter(String t, int p) {
    while (p < t.length() && (t.charAt(p) == '.' || t.charAt(p) == ' ')) {
      p++;
    }
    return p < t.length() && Character.isUpperCase(t.charAt(p));
  }

  /** Returns the original start of a named institution ("Barnet College") near insult hit {@code i}, or -1. */
  private int institutionNear(Inspection text, Hits hits, Lexicon lexicon, int i) {
    if (institution < 0) {
      return -1;
    }
    int at = hits.from(i);
    for (int k = i - 1; k >= 0 && hits.to(k) >= at - BEFORE - Proximity.SLACK; k--) {
      if (lexicon.entry(hits.entry(k)).group() == institution && hits.to(k) <= at && at - hits.to(k) <= BEFORE) {
        int s = text.start(hits.from(k));
        int name = nameBefore(text.original(), s);
        if (name >= 0) {
          return name;
        }
      }
    }
    return -1;
  }

  /** Returns the start of the capitalised name right before an institution word at {@code s} ("Barnet" College), or -1. */
  private static int nameBefore(String t, int s) {
    int e = s;
    while (e > 0 && t.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && e - b < 40 && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '&')) {
      b--;
    }
    if (b == e || !Character.isUpperCase(t.charAt(b))) {
      return -1;
    }
    String word = t.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    return NOT_NAMES.contains(word) ? -1 : b;
  }
}
