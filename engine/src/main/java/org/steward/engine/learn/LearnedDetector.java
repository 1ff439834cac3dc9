package org.steward.engine.learn;

import org.steward.engine.detect.Detector;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.detect.Stance;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * The learned abuse classifier behind the engine's {@link Detector} interface (CON-1, CON-2,
 * CON-13). One pass over the folded text scores every category of the model; a category at or above
 * its floor becomes a signal whose score is the calibrated probability, so a rule's {@code min-score}
 * is a probability ({@code when: {detector: learned, categories: [hate], min-score: 0.7}}).
 *
 * <p>Categories: {@code hate} (with the target group when the text names one: {@code hate.race},
 * {@code hate.religion}, {@code hate.gender}, {@code hate.lgbt}, {@code hate.disability}, {@code
 * hate.origin}), {@code harassment}, {@code threat}, {@code sexism}, {@code tone}. The span covers the
 * words that weighed most and the evidence names them, so a person sees why.
 *
 * <p>A long text ({@value #LONG_TEXT} folded characters or more, longer than any post of the
 * training data) is also scored in windows, because one hateful sentence among pages of ordinary
 * text weighs next to nothing in the score of the whole: each sentence is a window (short ones are
 * joined until a window has {@value #MIN_WORDS} words; a sentence over {@value #MAX_WORDS} words is cut
 * into windows of that many words, each overlapping the last by two thirds), and the worst window of each
 * category counts, with that window as its span (the score of the whole text is not used: the model
 * was trained on posts, and its score of a whole long text drifts with the square root of the length).
 * Linear: every word is scored at most four times.
 */
public final class LearnedDetector implements Detector {
  /** The name rules use: {@code when: {detector: learned}}. */
  public static final String NAME = "learned";
  private static final int TOP_WORDS = 3;
  /** From this many folded characters a text is also scored in windows. */
  static final int LONG_TEXT = 512;
  /** Sentences are joined until a window has this many words. */
  static final int MIN_WORDS = 6;
  /** A window never has more words than this; a longer sentence is cut into overlapping windows. */
  static final int MAX_WORDS = 12;
  /** Words a cut window moves on by: each overlaps the last by two thirds, so a phrase of up to eight words is whole in one. */
  static final int STRIDE = MAX_WORDS / 3;

  private final TextModel model;
  private final double[] floor;
  /** The floors as raw scores, so most texts need no exponential. */
  private final double[] rawFloor;
  /** Below these raw scores the word lists' findings of the category are withdrawn (−∞: never). */
  private final double[] rawOverrule;
  private final String[] overrules;
  private final int hate;
  private final String[][] covering;
  private final ThreadLocal<Scratch> scratch;
  /** The slower second opinion on short texts (the sentence encoder), or null. */
  private final SecondStage second;

  private static final class Scratch {
    final HashedFeatures features;
    /** The text without the quotations it rejects, when it has any. */
    final NormalisedText own = new NormalisedText();
    final double[] p;
    /** Per category, the worst window's raw score and folded span; from = -1 when the whole text scored higher. */
    final double[] window;
    final double[] best;
    final int[] bestFrom;
    final int[] bestTo;
    /** Folded starts of the words of the current window. */
    final int[] words = new int[MAX_WORDS];

    Scratch(int bits, int k) {
      features = new HashedFeatures(bits);
      p = new double[k];
      window = new double[k];
      best = new double[k];
      bestFrom = new int[k];
      bestTo = new int[k];
    }
  }

  /** A detector for {@code model} that reports a category when its probability reaches {@code floor[c]}. */
  public LearnedDetector(TextModel model, double[] floor) {
    this(model, floor, new double[floor.length]);
  }

  /**
   * As {@link #LearnedDetector(TextModel, double[])}, and when the probability of category {@code c}
   * is below {@code overruleBelow[c]} the word lists' findings of that category are withdrawn (for
   * {@code hate}: hate findings, not slurs; 0 turns it off).
   */
  public LearnedDetector(TextModel model, double[] floor, double[] overruleBelow) {
    this(model, floor, overruleBelow, null);
  }

  /**
   * As {@link #LearnedDetector(TextModel, double[], double[])}, with {@code second} (or null) revising
   * the probabilities of every text shorter than {@value #LONG_TEXT} folded characters before they
   * are compared with the floors and the overrule thresholds.
   */
  public LearnedDetector(TextModel model, double[] floor, double[] overruleBelow, SecondStage second) {
    this.model = model;
    this.second = second;
    if (floor.length != model.categories().size()) {
      throw new IllegalArgumentException("one floor per category");
    }
    this.floor = floor.clone();
    this.rawFloor = new double[floor.length];
    for (int c = 0; c < floor.length; c++) {
      rawFloor[c] = model.rawFor(c, floor[c]) - 1e-9;
    }
    this.hate = model.index("hate");
    this.rawOverrule = new double[floor.length];
    this.overrules = new String[floor.length];
    for (int c = 0; c < floor.length; c++) {
      rawOverrule[c] = model.rawFor(c, overruleBelow[c]);
      overrules[c] = model.categories().get(c);
    }
    this.covering = new String[floor.length][];
    for (int c = 0; c < floor.length; c++) {
      covering[c] = covering(model.categories().get(c));
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(model.bits(), model.categories().size()));
  }

  public TextModel model() {
    return model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    NormalisedText folded = text.folded();
    if (folded.length() == 0) {
      return;
    }
    Scratch s = scratch.get();
    HashedFeatures f = s.features;
    double[] z = s.p;
    java.util.Arrays.fill(s.bestFrom, -1);
    if (folded.length() < LONG_TEXT) {
      String own = Stance.ownWords(text);
      if (own == null) {
        model.raw(folded, f, z);
      } else {
        // quoted hate the text rejects, claims it denies, words in another sense: the model judges what
        // the speaker means, and taking words away may only lower a score ("Refugees are not vermin,
        // they are families": "they are families" alone reads worse than the whole)
        model.raw(folded, f, z);
        Normaliser.normalise(own, s.own);
        model.raw(s.own, f, s.window);
        for (int c = 0; c < z.length; c++) {
          z[c] = Math.min(z[c], s.window[c]);
        }
      }
      if (second != null) {
        revise(text, out, z, s.window);
      }
    } else {
      // The whole of a long text is no evidence: its score grows with the square root of its length.
      java.util.Arrays.fill(z, Double.NEGATIVE_INFINITY);
      windows(folded, s); // z[c] becomes the score of the worst window
    }
    // Overruling the word lists needs the model's reading of the text they flagged; in a long text no
    // window speaks for the others (padding used to withdraw "never trust a Muslim" this way).
    for (int c = 0; c < z.length && folded.length() < LONG_TEXT; c++) {
      if (z[c] < rawOverrule[c]) {
        out.overrule(overrules[c]);
      }
    }
    boolean extracted = false;
    for (int c = 0; c < z.length; c++) {
      if (z[c] >= rawFloor[c] && !alreadyFound(c, out)) {
        double p = model.probability(c, z[c]);
        if (p < floor[c]) {
          continue; // rounding at the edge of the floor
        }
        if (s.bestFrom[c] >= 0) {
          f.extract(folded, s.bestFrom[c], s.bestTo[c]);
          extracted = false;
          report(text, out, f, c, p, s.bestFrom[c], s.bestTo[c]);
          continue;
        }
        if (!extracted) {
          f.extract(folded); // the features themselves, only to explain a finding
          extracted = true;
        }
        report(text, out, f, c, p, 0, folded.length());
      }
    }
  }

  /**
   * Lets the second stage revise the raw scores {@code z}: as probabilities, then back to raw scores.
   * The text is flagged when a category reaches its floor or the word lists found abuse.
   */
  private void revise(Inspection text, SignalSink out, double[] z, double[] p) {
    boolean flagged = out.found("hate") || out.found("slur") || out.found("harassment") || out.found("threat")
        || out.found("sexism");
    for (int c = 0; c < z.length; c++) {
      flagged |= z[c] >= rawFloor[c];
      p[c] = model.probability(c, z[c]);
    }
    second.revise(text, model.categories(), p, flagged);
    for (int c = 0; c < z.length; c++) {
      z[c] = model.rawFor(c, p[c]);
    }
  }

  /**
   * Scores the windows of a long text (see the class comment) and keeps, per category, the worst
   * one: {@code s.p[c]} becomes its score and {@code s.bestFrom/To[c]} its folded span.
   */
  private void windows(NormalisedText folded, Scratch s) {
    String original = folded.original();
    int n = folded.length();
    int start = -1; // folded start of the current window
    int count = 0; // its words
    int previous = -1; // start of the window before it, for a short last sentence
    for (int i = 0; i < n; i++) {
      if (folded.charAt(i) == ' ' || (i > 0 && folded.charAt(i - 1) != ' ')) {
        continue; // not a word start
      }
      if (start >= 0 && count >= MIN_WORDS && sentenceEndsBefore(folded, original, i)) {
        score(folded, start, i - 1, s);
        previous = start;
        start = -1;
        count = 0;
      }
      if (count == MAX_WORDS) {
        score(folded, start, i - 1, s);
        previous = start;
        System.arraycopy(s.words, STRIDE, s.words, 0, MAX_WORDS - STRIDE); // the next window starts a third of the way in
        count = MAX_WORDS - STRIDE;
        start = s.words[0];
      }
      if (start < 0) {
        start = i;
      }
      s.words[count++] = i;
    }
    if (start >= 0) {
      score(folded, count < MIN_WORDS && previous >= 0 ? previous : start, n, s);
    }
  }

  /** Returns true when the original text between the word before folded position {@code i} and it ends a sentence. */
  private static boolean sentenceEndsBefore(NormalisedText folded, String original, int i) {
    int from = i >= 2 ? folded.originalEnd(i - 2) : 0;
    int to = folded.originalStart(i);
    for (int k = Math.max(0, from); k < to && k < original.length(); k++) {
      char c = original.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
        return true;
      }
    }
    return false;
  }

  private void score(NormalisedText folded, int from, int to, Scratch s) {
    model.raw(folded, from, to, s.features, s.window);
    for (int c = 0; c < s.p.length; c++) {
      if (s.window[c] > s.p[c]) {
        s.p[c] = s.window[c];
        s.bestFrom[c] = from;
        s.bestTo[c] = to;
      }
    }
  }

  /**
   * Returns true when the word lists (which run first) already found what category {@code c} would
   * add: hate after a hate or slur finding, harassment after harassment, a slur or a threat, a threat
   * after a threat, sexism after sexism, hostile tone after any abuse or profanity finding.
   */
  private boolean alreadyFound(int c, SignalSink out) {
    for (String family : covering[c]) {
      if (out.found(family)) {
        return true;
      }
    }
    return false;
  }

  private static String[] covering(String category) {
    return switch (category) {
      case "hate" -> new String[] {"hate", "slur"};
      case "harassment" -> new String[] {"harassment", "slur", "threat"};
      case "tone" -> new String[] {"hate", "slur", "harassment", "threat", "sexism", "profanity", "tone"};
      default -> new String[] {category};
    };
  }

  /** Reports category {@code c} for the folded characters {@code [from, to)}: the whole text, or its worst window. */
  private void report(Inspection text, SignalSink out, HashedFeatures f, int c, double score, int from, int to) {
    int[] spans = model.topWords(f, c, TOP_WORDS);
    NormalisedText folded = text.folded();
    String original = text.original();
    boolean window = from > 0 || to < folded.length();
    StringBuilder evidence = new StringBuilder(window ? "in this passage of a long text, words that weighed most: "
        : "words that weighed most: ");
    // the span: the window of a long text; otherwise the words that weighed most (or all of it)
    int start = window ? folded.originalStart(from) : spans.length == 0 ? 0 : Integer.MAX_VALUE;
    int end = window ? folded.originalEnd(to - 1) : spans.length == 0 ? original.length() : 0;
    if (spans.length == 0) {
      evidence.append("(none stood out)");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < spans.length; i += 2) {
      int s = folded.originalStart(spans[i]);
      int e = folded.originalEnd(spans[i + 1] - 1);
      if (!window) {
        start = Math.min(start, s);
        end = Math.max(end, e);
      }
      if (!seen.add(folded.slice(spans[i], spans[i + 1]))) {
        continue;
      }
      if (seen.size() > 1) {
        evidence.append(", ");
      }
      evidence.append('"').append(original, s, e).append('"');
    }
    String category = model.categories().get(c);
    if (c == hate) {
      category = "hate" + target(text, from, to);
    }
    out.signal(category, start, end, score, evidence.toString());
  }

  /**
   * Returns ".race", ".religion"… for the first group named in the folded characters {@code [from,
   * to)}, or "": read from the lexicon hits the text already has, of the groups {@code hate.target}
   * (the hate detector's targets), {@code hate.named} (words that name a group but are too ambiguous
   * for the word lists alone) and {@code slur}. The category of the hit gives the group.
   */
  static String target(Inspection text, int from, int to) {
    Lexicon lexicon = text.lexicon();
    int target = lexicon.group("hate.target");
    int named = lexicon.group("hate.named");
    int slur = lexicon.group("slur");
    Hits hits = text.hits();
    int first = -1;
    for (int i = 0; i < hits.size(); i++) {
      int g = lexicon.entry(hits.entry(i)).group();
      boolean names = g >= 0 && (g == target || g == named || g == slur);
      if (names && hits.from(i) >= from && hits.to(i) <= to && (first < 0 || hits.from(i) < hits.from(first))) {
        first = i;
      }
    }
    if (first < 0) {
      return "";
    }
    String category = lexicon.entry(hits.entry(first)).category();
    int dot = category.indexOf('.');
    return dot < 0 ? "" : category.substring(dot);
  }

}
