package org.steward.engine.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.steward.engine.detect.Detector;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/**
 * The shipped abuse model and the detectors a pack needs from it. {@code Checker.of(pack)} adds the
 * learned detector when some rule of the pack names it; to use another model (an institution's
 * retrained one), pass {@link #forPack(PolicyPack, TextModel)} as the checker's extra detectors.
 */
public final class LearnedDetectors {
  /** The shipped model's name and version. */
  public static final String MODEL_NAME = "steward-abuse-1";
  /** The shipped model's file under {@code /models/} on the classpath. */
  public static final String MODEL_FILE = "steward-abuse-v1.stm";
  /** Steward's augmentation templates under {@code /models/} on the classpath. */
  public static final String AUGMENT_FILE = "augment-v1.txt";
  /**
   * The pack setting (percent) below which the model's {@code hate} probability withdraws the word
   * lists' {@code hate.*} findings (not slurs): they flag counter-speech and negated hate that the
   * model reads correctly. 0 or absent: never.
   */
  public static final String OVERRULE_SETTING = "learned.overrule-below";
  /** The lowest probability ever reported, whatever the rules say. */
  static final double MIN_FLOOR = 0.3;

  private static volatile TextModel shipped;

  private LearnedDetectors() {}

  /** Returns the shipped model, loaded once from the classpath. */
  public static TextModel shipped() {
    TextModel m = shipped;
    if (m == null) {
      synchronized (LearnedDetectors.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = LearnedDetectors.class.getResourceAsStream("/models/" + MODEL_FILE)) {
            if (in == null) {
              throw new IllegalStateException("the shipped model /models/" + MODEL_FILE + " is missing from the classpath");
            }
            m = TextModel.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model", e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  /** Returns true when some rule of {@code pack} names the learned detector. */
  public static boolean wanted(PolicyPack pack) {
    for (Rule r : pack.rules()) {
      if (Condition.dottedPrefix(r.when().detector(), LearnedDetector.NAME)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the shipped learned detector for {@code pack} if a rule names it and {@code extra} does
   * not already bring one; otherwise an empty list. This is what {@code Checker.of} adds.
   */
  public static List<Detector> defaultsFor(PolicyPack pack, List<Detector> extra) {
    return defaultsFor(pack, extra, null);
  }

  /** As {@link #defaultsFor(PolicyPack, List)}, the learned detector with {@code second} (or null) as its second stage. */
  public static List<Detector> defaultsFor(PolicyPack pack, List<Detector> extra, SecondStage second) {
    for (Detector d : extra) {
      if (d.name().equals(LearnedDetector.NAME)) {
        return List.of();
      }
    }
    return wanted(pack) ? forPack(pack, shipped(), second) : List.of();
  }

  /**
   * Returns the learned detector for {@code model}, reporting each category from the lowest {@code
   * min-score} of the pack's rules that could use it (never below {@value #MIN_FLOOR}), and
   * overruling word-list hate findings as the pack's {@value #OVERRULE_SETTING} says.
   */
  public static List<Detector> forPack(PolicyPack pack, TextModel model) {
    return forPack(pack, model, null);
  }

  /** As {@link #forPack(PolicyPack, TextModel)}, with {@code second} (or null) revising the probabilities of short texts. */
  public static List<Detector> forPack(PolicyPack pack, TextModel model, SecondStage second) {
    double[] floor = floors(pack, model.categories());
    double[] overrule = new double[floor.length];
    int percent = pack.settings().integer(OVERRULE_SETTING, 0);
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(OVERRULE_SETTING + " must be a percentage (0-100): " + percent);
    }
    int hate = model.index("hate");
    if (hate >= 0) {
      overrule[hate] = percent / 100.0;
    }
    return List.of(new LearnedDetector(model, floor, overrule, second));
  }

  /**
   * Returns, per category, the lowest {@code min-score} of the pack's rules on the {@code learned}
   * detector that could use it (never below {@value #MIN_FLOOR}; above 1 when no rule does).
   */
  public static double[] floors(PolicyPack pack, List<String> categories) {
    double[] floor = new double[categories.size()];
    Arrays.fill(floor, 1.01);
    for (Rule r : pack.rules()) {
      if (!Condition.dottedPrefix(r.when().detector(), LearnedDetector.NAME)) {
        continue;
      }
      for (int c = 0; c < floor.length; c++) {
        String cat = categories.get(c);
        boolean uses = r.when().categories().isEmpty();
        for (String w : r.when().categories()) {
          uses |= Condition.dottedPrefix(w, cat) || Condition.dottedPrefix(cat, w);
        }
        if (uses) {
          floor[c] = Math.min(floor[c], Math.max(MIN_FLOOR, r.when().minScore()));
        }
      }
    }
    return floor;
  }

  /** Returns a detector named {@code learned} that reports nothing: in a checker's extra detectors it turns the model off. */
  public static Detector off() {
    return new Detector() {
      @Override
      public String name() {
        return LearnedDetector.NAME;
      }

      @Override
      public void detect(org.steward.engine.detect.Inspection text, org.steward.engine.detect.SignalSink out) {}
    };
  }

  /** Returns the learned detector for {@code model} reporting every category from probability {@code floor}. */
  public static Detector of(TextModel model, double floor) {
    double[] f = new double[model.categories().size()];
    Arrays.fill(f, floor);
    return new LearnedDetector(model, f);
  }
}
