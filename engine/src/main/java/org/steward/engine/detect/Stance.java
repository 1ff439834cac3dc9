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
public final class Stance {
  /** How far before the group a negation may stand ("I do not think gay people are …"). */
  private static final int NEGATION_REACH = 24;
  private static final int FRAME_REACH = 40;
  private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "nothing", "t", "cannot", "isnt", "arent", "dont", "doesnt");
  /** Words after a negator that keep the attack: "nothing but vermin", "no better than animals". */
  private static final Set<String> KEEPS = Set.of("but", "better", "more", "less", "even", "human", "humans", "people", "welcome", "place", "right", "saying",
      "deserve", "belong", "matter", "count", "exist", "fit", "allowed", "trusted", "accepted", "wanted", "equal", "real", "normal",
      "capable", "worth", "clean", "safe", "smart", "clever", "good");
  /** Words that introduce what someone else says or thinks. */
  private static final Set<String> FRAMES = Set.of("said", "say", "says", "saying", "wrote", "write", "writes", "posted", "posting",
      "shouted", "yelled", "chanted", "told", "called", "calling", "claim", "claims", "claiming", "idea", "think", "thinks",
      "thinking", "believe", "believes", "read", "reads", "quoting", "tweets", "tweet", "comment", "comments", "myth", "lie");
  /** "I think", "we believe": the speaker's own claim, not a report of someone else's. */
  private static final Set<String> OWN_VOICE = Set.of("i", "we", "personally", "honestly");
  /** Words of someone rejecting what they quote or report. */
  private static final Set<String> REJECTIONS = Set.of("racist", "racism", "hate", "hateful", "homophobic", "homophobia", "transphobic",
      "transphobia", "antisemitic", "antisemitism", "islamophobic", "islamophobia", "sexist", "sexism", "misogyny", "misogynistic",
      "misogynist", "prejudice", "bigoted", "bigotry", "bigot", "lie", "lies", "false", "wrong", "myth", "untrue", "reported", "report",
      "condemn", "condemned", "removed", "vile", "shameful", "disgraceful", "unacceptable", "harmful", "challenge", "complained",
      "banned", "suspension", "suspended", "filth", "awful", "disgusting", "abuse", "ableist", "xenophobic", "grow", "troll", "trolls",
      "police", "cleaned", "walked", "appalled", "appalling", "sickening", "ashamed", "apologise", "apologised", "apologize",
      "apologized", "complaint", "investigating", "investigated", "offensive", "ignorant", "ignorance", "nonsense", "rubbish");

  private final Inspection text;
  private int[] quotes;
  private int[] rejecting;

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
    return negatedWithin(t, Math.max(0, Math.min(groupFrom, derogFrom) - NEGATION_REACH), derogFrom);
  }

  /** Returns true when a negator stands in folded {@code [from, to)} and nothing there takes it back. */
  static boolean negatedWithin(NormalisedText t, int from, int to) {
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
      } else if (NEGATORS.contains(w) && !KEEPS.contains(Around.wordAfter(t, e)) && !rhetorical(t, s)) {
        negated = true;
      }
      s = e;
    }
    return negated;
  }

  /** Negative contractions that open a question ("Aren't trans people just …?") ask for agreement: no negation. */
  private static final Set<String> QUESTION_OPENERS = Set.of("aren", "isn", "don", "doesn", "didn", "wasn", "weren", "won", "wouldn",
      "shouldn", "can", "couldn", "ain", "arent", "isnt", "dont", "doesnt");
  private static final int SENTENCE_REACH = 160;

  /**
   * Returns true when the negator at folded {@code s} is a negative question's opening word ("isn't it
   * obvious that … ?"): first or second word of its sentence, and the sentence ends in a question mark.
   * Reads at most {@value #SENTENCE_REACH} characters each way.
   */
  static boolean rhetorical(NormalisedText t, int s) {
    String original = t.original();
    int at = t.originalStart(s);
    int begin = at;
    int words = 0;
    boolean inWord = false;
    while (begin > 0 && at - begin < SENTENCE_REACH) {
      char c = original.charAt(begin - 1);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        break;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
      begin--;
    }
    // "aren't" reads as "aren" "t", so "t" counts its own word
    String w = t.slice(s, wordEnd(t, s));
    String opener = w.equals("t") ? Around.wordBefore(t, s) : w;
    int limit = w.equals("t") ? 2 : 1;
    if (words > limit || !QUESTION_OPENERS.contains(opener)) {
      return false;
    }
    for (int k = at; k < original.length() && k - at < SENTENCE_REACH; k++) {
      char c = original.charAt(k);
      if (c == '?') {
        return true;
      }
      if (c == '.' || c == '!' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static int wordEnd(NormalisedText t, int s) {
    int e = s;
    while (e < t.length() && t.charAt(e) != ' ') {
      e++;
    }
    return e;
  }

  /**
   * Returns true when a clause ends in the original between folded positions {@code from} and {@code
   * to} (a comma, full stop, semicolon…): "Muslims are not terrorists, they are rats" negates the
   * first claim only. The span is a bounded window between two hits.
   */
  static boolean clauseEndsBetween(NormalisedText t, int from, int to) {
    if (from <= 0 || to <= from) {
      return false;
    }
    String original = t.original();
    int a = t.originalEnd(from - 1);
    int b = Math.min(original.length(), t.originalStart(to));
    for (int k = Math.max(0, a); k < b; k++) {
      char c = original.charAt(k);
      if (c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\u2014') {
        return true;
      }
    }
    return false;
  }

  /**
   * The words the speaker means, for the learned model (issue #15): the text with the quotations it
   * rejects blanked out (see {@link #withoutRejectedQuotes}), the claims the word lists excused
   * ("Trans women are not predators": the model reads the group and the word, not the "not") and
   * its innocent-sense phrases ("faggots in gravy": the model would read the word, not the phrase),
   * or null when nothing is blanked. Same length as the text; one pass over it and its hits.
   */
  public static String ownWords(Inspection text) {
    String q = withoutRejectedQuotes(text.original());
    char[] out = null;
    int homonym = text.homonymGroup();
    if (homonym >= 0) {
      org.steward.engine.text.Hits hits = text.hits();
      for (int i = 0; i < hits.size(); i++) {
        if (text.lexicon().entry(hits.entry(i)).group() == homonym) {
          out = out != null ? out : (q == null ? text.original() : q).toCharArray();
          java.util.Arrays.fill(out, text.start(hits.from(i)), Math.min(out.length, text.end(hits.to(i))), ' ');
        }
      }
    }
    // Only a short statement is its denied claim: in a longer post the model still reads the rest
    // with the group in it ("I don't hate women, but …" goes on to say what the writer does think).
    int denied = text.original().length() <= SHORT_STATEMENT ? text.excusedCount() : 0;
    for (int i = 0; i < denied; i++) {
      out = out != null ? out : (q == null ? text.original() : q).toCharArray();
      // the whole clause of the claim: "in this country" alone, without its subject, reads as hate to the model
      // (up to the next word of abuse: "women don't lie about how whoreish they are" keeps "whoreish")
      String original = text.original();
      int a = text.start(text.excusedFrom(i));
      int b = Math.min(out.length, text.end(text.excusedTo(i)));
      int stopBefore = abuseBefore(text, text.excusedFrom(i));
      int stopAfter = abuseAfter(text, text.excusedTo(i));
      for (int n = 0; a > stopBefore && n < CLAUSE_REACH && !clauseMark(original.charAt(a - 1)); n++) {
        a--;
      }
      for (int n = 0; b < stopAfter && n < CLAUSE_REACH && !clauseMark(original.charAt(b)); n++) {
        b++;
      }
      java.util.Arrays.fill(out, a, b, ' ');
    }
    return out != null ? new String(out) : q;
  }

  /** Texts up to this many characters are one statement for {@link #ownWords}: a post of a line or two. */
  static final int SHORT_STATEMENT = 120;
  /** How far a denied claim's clause reaches on either side of it, in characters. */
  private static final int CLAUSE_REACH = 100;

  /** Groups whose words are abuse in their own right, so a denied claim's clause never swallows them. */
  private static final Set<String> ABUSE = Set.of("insult", "profanity", "slur", "sexism.slur", "hate.derogatory", "harassment", "threat");

  /** The original end of the last abuse hit ending at or before folded {@code from}, or 0. Reads the hits once. */
  private static int abuseBefore(Inspection text, int from) {
    int at = 0;
    org.steward.engine.text.Hits hits = text.hits();
    for (int i = 0; i < hits.size(); i++) {
      if (hits.to(i) <= from && isAbuse(text, i)) {
        at = Math.max(at, text.end(hits.to(i)));
      }
    }
    return at;
  }

  /** The original start of the first abuse hit starting at or after folded {@code to}, or the text's length. */
  private static int abuseAfter(Inspection text, int to) {
    int at = text.original().length();
    org.steward.engine.text.Hits hits = text.hits();
    for (int i = 0; i < hits.size(); i++) {
      if (hits.from(i) >= to && isAbuse(text, i)) {
        at = Math.min(at, text.start(hits.from(i)));
      }
    }
    return at;
  }

  private static boolean isAbuse(Inspection text, int hit) {
    org.steward.engine.text.LexiconEntry e = text.lexicon().entry(text.hits().entry(hit));
    if (e.group() < 0) {
      return false;
    }
    for (String group : ABUSE) {
      if (text.lexicon().group(group) == e.group()) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseMark(char c) {
    return c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\u2014' || c == '(' || c == ')';
  }

  /**
   * The text with every quotation blanked out when the text rejects what it quotes (a rejecting
   * word outside the quotation marks: "Someone wrote \"…\" on the wall. That is hate and it was
   * removed"), or null when nothing is quoted or nothing rejects it. The learned detector scores
   * this instead of the text, so that the speaker's own words are judged, not the words they
   * condemn. One pass over the text.
   */
  public static String withoutRejectedQuotes(String original) {
    StringBuilder outside = null;
    boolean inside = false;
    int marks = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        if (outside == null) {
          outside = new StringBuilder(original.length());
          outside.append(original, 0, i);
        }
        inside = !inside;
        marks++;
        outside.append(' ');
      } else if (outside != null) {
        outside.append(inside ? ' ' : c);
      }
    }
    if (outside == null || marks < 2 || inside) {
      return null; // no quotation, or an unclosed one: nothing is clearly someone else's words
    }
    String rest = outside.toString();
    return rejects(org.steward.engine.text.Normaliser.normalise(rest)) ? rest : null;
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
    if (rejecting == null) {
      rejecting = rejectingWords(t);
    }
    // the claim's own words do not reject it: "I think gay people are disgusting"
    int claimEnd = wordEnd(t, Math.max(groupFrom, derogFrom));
    for (int i = 0; i < rejecting.length; i++) {
      if (rejecting[i] < claim || rejecting[i] >= claimEnd) {
        return true;
      }
    }
    return false;
  }

  /** Folded starts of the text's rejecting words, read once per check. */
  private static int[] rejectingWords(NormalisedText t) {
    int[] at = new int[0];
    int n = 0;
    int s = 0;
    while (s < t.length()) {
      int e = s;
      while (e < t.length() && t.charAt(e) != ' ') {
        e++;
      }
      if (e > s && e - s <= 14 && REJECTIONS.contains(t.slice(s, e))) {
        if (n == at.length) {
          at = java.util.Arrays.copyOf(at, Math.max(4, n * 2));
        }
        at[n++] = s;
      }
      s = e + 1;
    }
    return java.util.Arrays.copyOf(at, n);
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
      if (e > s && FRAMES.contains(t.slice(s, e)) && !OWN_VOICE.contains(Around.wordBefore(t, s))) {
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
