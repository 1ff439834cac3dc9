package org.steward.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.steward.engine.pack.Condition;

/**
 * Learning from the institution: moderator decisions on flagged texts become labelled examples; a
 * retrain builds a candidate model from the current one and compares both on a held-out share of
 * the institution's own examples, which the candidate never saw. Nothing is switched here: the
 * caller shows the {@link Report} to the administrator and, only if they accept, builds checkers
 * with {@code LearnedDetectors.forPack(pack, candidate.model())} and stores the model with {@link
 * TextModel#write}.
 *
 * <p>Example: {@code var c = InstitutionLearning.retrain(LearnedDetectors.shipped(), decisions,
 * Map.of("hate", 0.45), InstitutionLearning.Options.defaults());} then {@code c.report().summary()}.
 */
public final class InstitutionLearning {
  /** How to retrain: the held-out share, the seed of the split and of training, and the training effort. */
  public record Options(double heldOutShare, long seed, int epochs, double learningRate, double minGain) {
    public Options {
      if (!(heldOutShare > 0 && heldOutShare < 1)) {
        throw new IllegalArgumentException("heldOutShare must be within (0, 1): " + heldOutShare);
      }
    }

    /** 30 % held out, seed 1, 4 epochs at learning rate 0.1, and a candidate must gain 0.01 macro-F1. */
    public static Options defaults() {
      return new Options(0.3, 1, 4, 0.1, 0.01);
    }
  }

  /** One category on the held-out share: counts for the current model and the candidate at the rule threshold. */
  public record CategoryComparison(String category, double threshold, Metrics current, Metrics candidate,
      double currentLogLoss, double candidateLogLoss) {}

  /** What the administrator sees before deciding whether to switch. */
  public record Report(String currentModel, String candidateModel, int trainExamples, int heldOutExamples, int ignored,
      List<CategoryComparison> categories, double currentMacroF1, double candidateMacroF1, boolean candidateBetter) {
    /** A few lines for a person: per category, macro-F1 now and with the candidate, and the recommendation. */
    public String summary() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "Held out: %d of the institution's examples (trained on %d; %d ignored: not a model category).%n",
          heldOutExamples, trainExamples, ignored));
      for (CategoryComparison c : categories) {
        b.append(String.format(Locale.ROOT, "  %-10s %3d examples: macro-F1 %.3f now, %.3f with the candidate (threshold %.2f)%n",
            c.category(), c.current().n(), c.current().macroF1(), c.candidate().macroF1(), c.threshold()));
      }
      b.append(String.format(Locale.ROOT, "Mean macro-F1: %.3f now, %.3f with the candidate. %s%n", currentMacroF1, candidateMacroF1,
          candidateBetter ? "The candidate is better: switch if you agree." : "The candidate is not better: keep the current model."));
      return b.toString();
    }
  }

  /** The candidate model and how it compares with the current one. */
  public record Candidate(TextModel model, Report report) {}

  private InstitutionLearning() {}

  /** Returns the labelled example a decision makes for {@code model}, or null when its category is not one of the model's. */
  public static Example example(TextModel model, ModeratorDecision d, String id) {
    int c = categoryIndex(model, d.category());
    if (c < 0) {
      return null;
    }
    return Example.unlabelled("institution", id, d.text(), model.categories().size()).with(c, d.upheld() ? 1 : 0);
  }

  static int categoryIndex(TextModel model, String category) {
    for (int c = 0; c < model.categories().size(); c++) {
      if (Condition.dottedPrefix(model.categories().get(c), category)) {
        return c;
      }
    }
    return -1;
  }

  /** Returns true when {@code text} falls in the held-out share (a stable hash of the text and the seed). */
  static boolean heldOut(String text, Options o) {
    long h = (text.hashCode() ^ o.seed() * 0x9E3779B97F4A7C15L) * 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return Math.floorMod(h, 10_000L) < o.heldOutShare() * 10_000;
  }

  /**
   * Trains a candidate from {@code current} on the training share of {@code decisions} (with Steward's
   * own augmentation templates replayed, so a few hundred decisions refine the model rather than
   * replace what it knows) and compares both models on the held-out share. {@code thresholds} maps
   * model categories to the pack's {@code min-score} (0.5 where absent). Deterministic.
   */
  public static Candidate retrain(TextModel current, List<ModeratorDecision> decisions, Map<String, Double> thresholds, Options o) {
    Objects.requireNonNull(current, "current");
    List<Example> train = new ArrayList<>();
    List<Example> test = new ArrayList<>();
    int ignored = 0;
    int i = 0;
    for (ModeratorDecision d : decisions) {
      Example e = example(current, d, "i" + i++);
      if (e == null) {
        ignored++;
      } else if (heldOut(d.text(), o)) {
        test.add(e);
      } else {
        train.add(e);
      }
    }
    List<Example> fit = new ArrayList<>(train.size() * 2);
    for (Example e : train) {
      fit.add(e.weighted(3)); // the institution's own judgement counts more than a template
    }
    fit.addAll(Templates.shipped());
    String name = current.name() + "+institution";
    String description = String.format(Locale.ROOT, "%s; fine-tuned on %d moderator decisions (seed %d, %d epochs, lr %s)",
        current.description(), train.size(), o.seed(), o.epochs(), o.learningRate());
    Trainer.Options to = new Trainer.Options(current.bits(), o.epochs(), o.learningRate(), 1e-6, o.seed());
    TextModel candidate = Trainer.fineTune(current, name, description, fit, List.of(), to);

    double[][] pc = Evaluate.probabilities(current, test);
    double[][] pn = Evaluate.probabilities(candidate, test);
    List<CategoryComparison> cats = new ArrayList<>();
    double sumCurrent = 0;
    double sumCandidate = 0;
    for (int c = 0; c < current.categories().size(); c++) {
      String cat = current.categories().get(c);
      double t = thresholds.getOrDefault(cat, 0.5);
      Metrics mc = Evaluate.metrics(test, pc, c, t);
      if (mc.n() == 0) {
        continue;
      }
      Metrics mn = Evaluate.metrics(test, pn, c, t);
      cats.add(new CategoryComparison(cat, t, mc, mn, Evaluate.logLoss(test, pc, c), Evaluate.logLoss(test, pn, c)));
      sumCurrent += mc.macroF1();
      sumCandidate += mn.macroF1();
    }
    double meanCurrent = cats.isEmpty() ? 0 : sumCurrent / cats.size();
    double meanCandidate = cats.isEmpty() ? 0 : sumCandidate / cats.size();
    boolean better = !cats.isEmpty() && meanCandidate >= meanCurrent + o.minGain();
    Report report = new Report(current.name(), name, train.size(), test.size(), ignored, cats, meanCurrent, meanCandidate, better);
    return new Candidate(candidate, report);
  }
}
