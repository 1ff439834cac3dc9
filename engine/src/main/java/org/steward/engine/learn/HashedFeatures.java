package org.steward.engine.learn;

import java.util.Arrays;
import org.steward.engine.text.NormalisedText;

/**
 * Turns the engine's folded text into hashed feature ids in one pass, without allocation: word
 * unigrams, word bigrams, character 4-grams of each word of four or more letters, padded with
 * boundary marks ({@code "^hate$"} gives {@code ^hat}, {@code hate}, {@code ate$}), and a negated
 * copy of the three words
 * after a negator ({@code not}, {@code never}, {@code don't}…) so "don't hate" is not "hate". Because the input is the folded text,
 * leetspeak, confusables, repeated letters and spaced letters are already undone; the character
 * n-grams catch the missing, swapped or added letters the fold cannot.
 *
 * <p>A reusable per-thread buffer: {@link #extract} overwrites it. Feature {@code i} is bucket
 * {@link #id(int)} and belongs to word {@link #token(int)} (a bigram to its second word), whose
 * folded span is {@link #tokenStart(int)}..{@link #tokenEnd(int)}.
 */
public final class HashedFeatures {
  /** Longest word whose every character n-gram is used; longer words (links, hashes) use their first part. */
  static final int MAX_WORD_GRAMS = 24;
  /** Words after a negator that also get a negated feature. */
  static final int NEGATION_SCOPE = 3;
  /** Shorter words get no character n-grams: their own feature says it all, and they are most of the words. */
  static final int MIN_GRAM_WORD = 4;
  /** Names the feature set; a model file records it and is refused by code that extracts other features. */
  public static final String SCHEME = "fold1;w1;w2;neg" + NEGATION_SCOPE + ";c4/" + MIN_GRAM_WORD + ";rx-fib";
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long WORD = 0x5bd1e995L;
  private static final long NEGATED = 0x7f4a7c15L;
  private static final long BIGRAM = 0xC2B2AE3D27D4EB4FL;
  private static final long GRAM = 0x3c6ef372fe94f82bL;
  private static final long[] NEGATORS = java.util.stream.Stream.of(
          "not", "no", "never", "nobody", "nothing", "none", "t", "nt", "cannot", "dont", "doesnt", "isnt", "arent", "wont",
          "cant", "didnt", "wasnt", "shouldnt", "without", "nor")
      .mapToLong(HashedFeatures::wordHash).toArray();

  private final int bits;
  private int[] ids = new int[512];
  private int[] tok = new int[512];
  private int n;
  private int[] tokStart = new int[64];
  private int[] tokEnd = new int[64];
  private int tokens;
  /** While {@link #score} runs: the weights it sums, the sums per class and the number of features. */
  private short[] scoring;
  private int[] acc = new int[0];
  private int count;

  /** A buffer for models with {@code 2^bits} buckets. */
  public HashedFeatures(int bits) {
    if (bits < 8 || bits > 28) {
      throw new IllegalArgumentException("bits must be within 8..28: " + bits);
    }
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }

  /** The hash of a word: rotate-xor per character (no multiply chain), mixed once at the end. */
  static long wordHash(String w) {
    long h = 0x2545F4914F6CDD1DL;
    for (int k = 0; k < w.length(); k++) {
      h = Long.rotateLeft(h, 7) ^ w.charAt(k);
    }
    return finish(h);
  }

  private static long finish(long h) {
    h *= GOLDEN;
    return h ^ (h >>> 29);
  }

  private static boolean isNegator(long h) {
    for (long x : NEGATORS) {
      if (x == h) {
        return true;
      }
    }
    return false;
  }

  private int bucket(long h) {
    return (int) ((h * GOLDEN) >>> (64 - bits));
  }

  /** Extracts the features of {@code text} into this buffer. */
  public void extract(NormalisedText text) {
    extract(text, 0, text.length());
  }

  /** Extracts the features of the folded characters {@code [from, to)} of {@code text} (a window of a long text). */
  public void extract(NormalisedText text, int from, int to) {
    n = 0;
    tokens = 0;
    scoring = null;
    walk(text, from, to);
  }

  /**
   * Writes the sums of the (quantised) weights of every feature of {@code text} to {@code
   * sums[0..k)} without storing the features ({@code weights[bucket * k + c]}); returns the number
   * of features. The hot path: no allocation, one pass. Gives the same sums as {@link #extract}
   * followed by a lookup of each id (tested).
   */
  public int score(NormalisedText text, short[] weights, int k, double[] sums) {
    return score(text, 0, text.length(), weights, k, sums);
  }

  /** As {@link #score(NormalisedText, short[], int, double[])}, for the folded characters {@code [from, to)} only. */
  public int score(NormalisedText text, int from, int to, short[] weights, int k, double[] sums) {
    if (acc.length != k) {
      acc = new int[k];
    }
    Arrays.fill(acc, 0);
    count = 0;
    scoring = weights;
    try {
      walk(text, from, to);
    } finally {
      scoring = null;
    }
    for (int c = 0; c < k; c++) {
      sums[c] = acc[c];
    }
    return count;
  }

  /**
   * The one pass over the words that both {@link #extract} and {@link #score} make, so that the
   * features a model is trained on (extract) are by construction the ones it is scored on (score).
   */
  private void walk(NormalisedText text, int from, int to) {
    int len = to;
    long prev = 0;
    boolean hasPrev = false;
    int negated = 0;
    int i = from;
    while (i < len) {
      while (i < len && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= len) {
        break;
      }
      int s = i;
      long h = 0x2545F4914F6CDD1DL;
      while (i < len && text.charAt(i) != ' ') {
        h = Long.rotateLeft(h, 7) ^ text.charAt(i);
        i++;
      }
      h = finish(h);
      int t = scoring == null ? addToken(s, i) : -1;
      feature(h ^ WORD, t);
      if (negated > 0) {
        feature(h ^ NEGATED, t); // the word in the scope of a negation ("not" + word)
        negated--;
      }
      if (i - s <= 8 && isNegator(h)) {
        negated = NEGATION_SCOPE;
      }
      if (hasPrev) {
        feature(prev * BIGRAM + h, t);
      }
      prev = h;
      hasPrev = true;
      if (i - s >= MIN_GRAM_WORD) {
        // 4-grams of "^word$": the last four characters packed into one long, one multiply per gram
        int e = Math.min(i, s + MAX_WORD_GRAMS);
        long g = '^';
        for (int q = s; q <= e; q++) {
          g = (g << 16) | (q < e ? text.charAt(q) : '$');
          if (q - s >= 2) {
            feature(g ^ GRAM, t);
          }
        }
      }
    }
  }

  /** One feature of word {@code t}: stored by {@link #extract}, or its weights added by {@link #score}. */
  private void feature(long h, int t) {
    int id = bucket(h);
    short[] weights = scoring;
    if (weights == null) {
      add(id, t);
      return;
    }
    int k = acc.length;
    int base = id * k;
    for (int c = 0; c < k; c++) {
      acc[c] += weights[base + c];
    }
    count++;
  }

  private int addToken(int s, int e) {
    if (tokens == tokStart.length) {
      tokStart = Arrays.copyOf(tokStart, tokens * 2);
      tokEnd = Arrays.copyOf(tokEnd, tokens * 2);
    }
    tokStart[tokens] = s;
    tokEnd[tokens] = e;
    return tokens++;
  }

  private void add(int id, int t) {
    if (n == ids.length) {
      ids = Arrays.copyOf(ids, n * 2);
      tok = Arrays.copyOf(tok, n * 2);
    }
    ids[n] = id;
    tok[n] = t;
    n++;
  }

  /** Returns the number of features extracted. */
  public int size() {
    return n;
  }

  /** Returns the bucket of feature {@code i}. */
  public int id(int i) {
    return ids[i];
  }

  /** Returns the word feature {@code i} belongs to. */
  public int token(int i) {
    return tok[i];
  }

  public int tokens() {
    return tokens;
  }

  /** Returns the folded start of word {@code t}. */
  public int tokenStart(int t) {
    return tokStart[t];
  }

  /** Returns the folded end (exclusive) of word {@code t}. */
  public int tokenEnd(int t) {
    return tokEnd[t];
  }

  /** Returns a copy of the feature buckets (for training). */
  public int[] copyIds() {
    return Arrays.copyOf(ids, n);
  }
}
