package org.steward.engine.detect;

import java.util.Arrays;
import org.steward.engine.AccountFacts;
import org.steward.engine.CheckContext;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * One text under inspection, shared by every detector so the work is done once: the original, its
 * folded form, every lexicon hit, directory-name hits, the context, and cheap character counts that
 * let detectors skip work (no digit, no PII number). A reusable per-thread buffer; not thread-safe.
 */
public final class Inspection {
  private final Lexicon lexicon;
  private final NormalisedText folded = new NormalisedText();
  private final Hits hits = new Hits();
  private final Hits names = new Hits();
  /** The lexicon group of innocent senses ("chink of light"), or -1. */
  private final int homonym;
  /** Folded spans of this text's homonym phrases, as from/to pairs; reused. */
  private int[] senses = new int[8];
  /** Folded spans (from/to pairs) of claims a detector excused as negated or rejected (see {@link Stance}). */
  private int[] excused = new int[8];
  private int excusedCount;
  private CheckContext context;
  private AccountFacts account;
  private String original = "";
  private int[] runs = new int[16]; // digit runs: start, end, digit count (triples), computed lazily
  private int runCount = -1;
  private Stance stance;

  private final Respelling respelling;
  private final Respelling.Scratch respellingScratch = new Respelling.Scratch();

  public Inspection(Lexicon lexicon) {
    this(lexicon, Respelling.NONE);
  }

  public Inspection(Lexicon lexicon, Respelling respelling) {
    this.lexicon = lexicon;
    this.homonym = lexicon.group("homonym");
    this.respelling = respelling;
  }

  /** Prepares for {@code text}: folds it, scans every lexicon once, counts characters. */
  public void reset(String text, CheckContext ctx) {
    this.original = text;
    this.context = ctx;
    this.account = null;
    Normaliser.normalise(text, folded);
    hits.clear();
    lexicon.scan(folded, hits);
    names.clear();
    if (!ctx.directory().isEmpty()) {
      ctx.directory().scan(folded, names);
    }
    if (respelling.respell(folded, hits, names, respellingScratch)) {
      hits.clear();
      lexicon.scan(folded, hits);
      names.clear();
      if (!ctx.directory().isEmpty()) {
        ctx.directory().scan(folded, names);
      }
    }
    dropInnocentSenses();
    excusedCount = 0;
    runCount = -1;
    stance = null;
  }

  /**
   * Who says what in this text (negated, quoted, rejected), made once per check when a detector
   * first needs it: the quote marks and rejecting words are read once for every detector.
   */
  Stance stance() {
    if (stance == null) {
      stance = new Stance(this);
    }
    return stance;
  }

  /**
   * Drops every hit that lies inside a phrase of the {@code homonym} group: there the word has its
   * other sense ("faggots and peas", "Offa's Dyke"), so its slur or swear-word hit is no evidence.
   * Linear: the phrases are collected once, and hits and phrases are both in order of their ends.
   */
  private void dropInnocentSenses() {
    if (homonym < 0) {
      return;
    }
    int n = 0;
    for (int i = 0; i < hits.size(); i++) {
      if (lexicon.entry(hits.entry(i)).group() == homonym) {
        if (n + 2 > senses.length) {
          senses = Arrays.copyOf(senses, senses.length * 2);
        }
        senses[n++] = hits.from(i);
        senses[n++] = hits.to(i);
      }
    }
    if (n == 0) {
      return;
    }
    final int count = n;
    final int[] cursor = {0};
    hits.retain(i -> {
      if (lexicon.entry(hits.entry(i)).group() == homonym) {
        return true;
      }
      // phrases ending before this hit starts cannot hold it or any later hit
      while (cursor[0] < count && senses[cursor[0] + 1] <= hits.from(i)) {
        cursor[0] += 2;
      }
      for (int k = cursor[0]; k < count && senses[k] <= hits.from(i); k += 2) {
        if (hits.to(i) <= senses[k + 1]) {
          return false;
        }
      }
      return true;
    });
  }

  /** The lexicon group of innocent-sense phrases, or -1. */
  int homonymGroup() {
    return homonym;
  }

  /**
   * Records that a detector excused the claim at folded {@code [from, to)} as negated or as
   * quoted hate the text rejects: the learned detector then judges the text without it.
   */
  void excuseClaim(int from, int to) {
    if (excusedCount + 2 > excused.length) {
      excused = Arrays.copyOf(excused, excused.length * 2);
    }
    excused[excusedCount++] = from;
    excused[excusedCount++] = to;
  }

  /** Returns true when a detector excused some claim in this text (see {@link #excuseClaim}). */
  public boolean claimExcused() {
    return excusedCount > 0;
  }

  int excusedCount() {
    return excusedCount / 2;
  }

  int excusedFrom(int i) {
    return excused[2 * i];
  }

  int excusedTo(int i) {
    return excused[2 * i + 1];
  }

  /** Prepares for an account record rather than a text. */
  public void resetAccount(AccountFacts facts, CheckContext ctx) {
    reset("", ctx);
    this.account = facts;
  }

  public String original() {
    return original;
  }

  public NormalisedText folded() {
    return folded;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public Hits hits() {
    return hits;
  }

  /** Returns the hits of people's names from the context's directory. */
  public Hits names() {
    return names;
  }

  public CheckContext context() {
    return context;
  }

  /** Returns the account record under inspection, or {@code null} for a text. */
  public AccountFacts account() {
    return account;
  }

  /** Returns the number of ASCII digits in the text (counted while folding, as the counts below). */
  public int digits() {
    return folded.digits();
  }

  public int uppers() {
    return folded.uppers();
  }

  public int letters() {
    return folded.letters();
  }

  public int exclamations() {
    return folded.exclamations();
  }

  public boolean hasAt() {
    return folded.hasAt();
  }

  public boolean hasDot() {
    return folded.hasDot();
  }

  public boolean hasColon() {
    return folded.hasColon();
  }

  /** Returns the original start of folded position {@code i}. */
  public int start(int i) {
    return folded.originalStart(i);
  }

  /** Returns the original end of the folded span ending (exclusive) at {@code i}. */
  public int end(int i) {
    return folded.originalEnd(i - 1);
  }

  /**
   * Returns the number of digit runs: maximal stretches of digits joined by single separators (space,
   * dash, dot, parentheses, a leading plus), as phone, card and account numbers are written.
   */
  public int digitRuns() {
    if (runCount < 0) {
      findRuns();
    }
    return runCount;
  }

  /** Returns the first digit run starting at or after {@code pos} (runs are in text order). */
  public int firstRunFrom(int pos) {
    int lo = 0;
    int hi = digitRuns();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runs[mid * 3] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public int runStart(int r) {
    return runs[r * 3];
  }

  public int runEnd(int r) {
    return runs[r * 3 + 1];
  }

  public int runDigits(int r) {
    return runs[r * 3 + 2];
  }

  private void findRuns() {
    runCount = 0;
    if (folded.digits() == 0) {
      return;
    }
    String t = original;
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      boolean opener = (c == '+' || c == '(') && i + 1 < n && isDigit(t.charAt(i + 1));
      if (!isDigit(c) && !opener) {
        i++;
        continue;
      }
      if (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '/')) {
        i++; // always advance: an opener such as '(' is not a letter or digit
        while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
          i++; // part of a word or a longer token: skip it
        }
        continue;
      }
      int s = i;
      int count = 0;
      int last = i;
      while (i < n) {
        char ch = t.charAt(i);
        if (isDigit(ch)) {
          count++;
          last = i + 1;
          i++;
        } else if ((ch == ' ' || ch == '-' || ch == '.' || ch == '(' || ch == ')' || ch == '+') && i + 1 < n
            && (isDigit(t.charAt(i + 1)) || (ch == ')' && t.charAt(i + 1) == ' ') || (ch == ' ' && t.charAt(i + 1) == '('))) {
          i++;
        } else {
          break;
        }
      }
      if (last + 1 < n && (t.charAt(last) == 'x' || t.charAt(last) == 'X') && isDigit(t.charAt(last + 1))) {
        int x = last + 1; // a phone extension ("x4587") belongs to the number but is not counted
        while (x < n && isDigit(t.charAt(x))) {
          x++;
        }
        if (x == n || !Character.isLetter(t.charAt(x))) {
          i = x;
        }
      }
      boolean glued = last < n && Character.isLetter(t.charAt(last)) && i <= last;
      if (!glued && count > 0) {
        if (runs.length < (runCount + 1) * 3) {
          runs = Arrays.copyOf(runs, runs.length * 2);
        }
        runs[runCount * 3] = s;
        runs[runCount * 3 + 1] = last;
        runs[runCount * 3 + 2] = count;
        runCount++;
      }
      i = Math.max(i, last);
      if (i == s) {
        i++;
      }
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
