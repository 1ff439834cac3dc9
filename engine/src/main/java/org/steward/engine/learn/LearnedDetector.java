package org.steward.engine.learn;

import java.util.HashMap;
import java.util.Map;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.text.NormalisedText;

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
 */
public final class LearnedDetector implements Detector {
  /** The name rules use: {@code when: {detector: learned}}. */
  public static final String NAME = "learned";
  private static final int TOP_WORDS = 3;
  private static final Map<String, String> TARGETS = targets();

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

  private static final class Scratch {
    final HashedFeatures features;
    final double[] p;

    Scratch(int bits, int k) {
      features = new HashedFeatures(bits);
      p = new double[k];
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
    this.model = model;
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
    model.raw(folded, f, z);
    for (int c = 0; c < z.length; c++) {
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
        if (!extracted) {
          f.extract(folded); // the features themselves, only to explain a finding
          extracted = true;
        }
        report(text, out, f, c, p);
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

  private void report(Inspection text, SignalSink out, HashedFeatures f, int c, double score) {
    int[] spans = model.topWords(f, c, TOP_WORDS);
    NormalisedText folded = text.folded();
    String original = text.original();
    int start;
    int end;
    StringBuilder evidence = new StringBuilder("words that weighed most: ");
    if (spans.length == 0) {
      start = 0;
      end = original.length();
      evidence.append("(none stood out)");
    } else {
      start = Integer.MAX_VALUE;
      end = 0;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < spans.length; i += 2) {
        int s = folded.originalStart(spans[i]);
        int e = folded.originalEnd(spans[i + 1] - 1);
        start = Math.min(start, s);
        end = Math.max(end, e);
        if (!seen.add(folded.slice(spans[i], spans[i + 1]))) {
          continue;
        }
        if (seen.size() > 1) {
          evidence.append(", ");
        }
        evidence.append('"').append(original, s, e).append('"');
      }
    }
    String category = model.categories().get(c);
    if (c == hate) {
      category = "hate" + target(folded);
    }
    out.signal(category, start, end, score, evidence.toString());
  }

  /** Returns ".race", ".religion"… for the first group the folded text names, or "". */
  static String target(NormalisedText folded) {
    String t = folded.toString();
    int i = 0;
    int n = t.length();
    String prev = null;
    while (i < n) {
      int j = t.indexOf(' ', i);
      if (j < 0) {
        j = n;
      }
      String w = t.substring(i, j);
      String g = prev == null ? null : TARGETS.get(prev + " " + w);
      if (g == null) {
        g = TARGETS.get(w);
      }
      if (g != null) {
        return "." + g;
      }
      prev = w;
      i = j + 1;
    }
    return "";
  }

  private static Map<String, String> targets() {
    Map<String, String> m = new HashMap<>();
    put(m, "race", "black blacks asian asians african africans arab arabs chinese indian indians pakistani pakistanis paki pakis"
        + " mexican mexicans latino latinos latina hispanic hispanics gypsy gypsies traveller travellers roma nigger niggers"
        + " negro negros coloured whites white people black people native americans");
    put(m, "religion", "muslim muslims islam islamic jew jews jewish judaism christian christians catholic catholics hindu hindus"
        + " sikh sikhs protestant protestants mosque synagogue kike kikes");
    put(m, "gender", "woman women girl girls female females feminist feminists wife wives ladies lady bitch bitches hoe hoes"
        + " whore whores slut sluts");
    put(m, "lgbt", "gay gays lesbian lesbians trans transgender transgenders homosexual homosexuals queer queers bisexual"
        + " bisexuals lgbt lgbtq faggot faggots fag fags dyke dykes tranny trannies gay people trans people");
    put(m, "disability", "disabled autistic retard retarded retards cripple cripples crippled deaf blind wheelchair disabled people"
        + " mentally disabled");
    put(m, "origin", "immigrant immigrants migrant migrants refugee refugees foreigner foreigners asylum illegals polish"
        + " romanian romanians eastern europeans");
    return m;
  }

  private static void put(Map<String, String> m, String group, String words) {
    String[] w = words.split(" ");
    for (int i = 0; i < w.length; i++) {
      m.put(w[i], group);
      if (i + 1 < w.length && (w[i + 1].equals("people") || w[i + 1].equals("americans") || w[i + 1].equals("europeans")
          || w[i + 1].equals("disabled"))) {
        m.put(w[i] + " " + w[i + 1], group);
      }
    }
  }
}
