package org.steward.engine.learn;

import java.util.ArrayList;
import java.util.List;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/** Scores a model on labelled examples: per category, the counts at a probability threshold and the log loss. */
public final class Evaluate {
  private Evaluate() {}

  /** Returns the calibrated probabilities of every example ({@code [example][category]}). */
  public static double[][] probabilities(TextModel m, List<Example> examples) {
    HashedFeatures f = new HashedFeatures(m.bits());
    NormalisedText t = new NormalisedText();
    double[][] out = new double[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      Normaliser.normalise(examples.get(i).text(), t);
      f.extract(t);
      double[] p = new double[m.categories().size()];
      m.raw(f, p);
      m.calibrate(p);
      out[i] = p;
    }
    return out;
  }

  /** Returns the counts of category {@code c} over the examples labelled for it, flagging at {@code threshold}. */
  public static Metrics metrics(List<Example> examples, double[][] p, int c, double threshold) {
    List<Boolean> truth = new ArrayList<>();
    List<Boolean> pred = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      int y = examples.get(i).label(c);
      if (y == Example.UNKNOWN) {
        continue;
      }
      truth.add(y == 1);
      pred.add(p[i][c] >= threshold);
    }
    boolean[] t = new boolean[truth.size()];
    boolean[] q = new boolean[truth.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = truth.get(i);
      q[i] = pred.get(i);
    }
    return Metrics.of(t, q);
  }

  /**
   * Returns the expected calibration error of category {@code c}: over ten equal-width probability
   * bins, the gap between the mean predicted probability and the observed rate, weighted by the
   * bin's share of the examples labelled for {@code c} (0 is perfect; NaN if none).
   */
  public static double calibrationError(List<Example> examples, double[][] p, int c) {
    double[] sumP = new double[10];
    double[] sumY = new double[10];
    int[] n = new int[10];
    int total = 0;
    for (int i = 0; i < examples.size(); i++) {
      int y = examples.get(i).label(c);
      if (y == Example.UNKNOWN) {
        continue;
      }
      int b = Math.min(9, (int) (p[i][c] * 10));
      sumP[b] += p[i][c];
      sumY[b] += y;
      n[b]++;
      total++;
    }
    if (total == 0) {
      return Double.NaN;
    }
    double ece = 0;
    for (int b = 0; b < 10; b++) {
      if (n[b] > 0) {
        ece += Math.abs(sumP[b] / n[b] - sumY[b] / n[b]) * n[b] / total;
      }
    }
    return ece;
  }

  /** Returns the mean log loss of category {@code c} over the examples labelled for it (NaN if none). */
  public static double logLoss(List<Example> examples, double[][] p, int c) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < examples.size(); i++) {
      int y = examples.get(i).label(c);
      if (y == Example.UNKNOWN) {
        continue;
      }
      double q = Math.min(1 - 1e-6, Math.max(1e-6, p[i][c]));
      sum += y == 1 ? -Math.log(q) : -Math.log(1 - q);
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
