package org.steward.engine.learn;

import java.util.Locale;

/**
 * Binary classification counts with precision, recall, F1 of the positive class and macro-F1 (the
 * mean of both classes' F1), computed as {@code ../shared/tools/score.py} does.
 */
public record Metrics(int tp, int fp, int fn, int tn) {
  public static Metrics of(boolean[] truth, boolean[] predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] && predicted[i]) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (truth[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Metrics(tp, fp, fn, tn);
  }

  public Metrics plus(Metrics o) {
    return new Metrics(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  public int n() {
    return tp + fp + fn + tn;
  }

  public int positives() {
    return tp + fn;
  }

  private static double div(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  public double precision() {
    return div(tp, tp + fp);
  }

  public double recall() {
    return div(tp, tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return div(2 * p * r, p + r);
  }

  /** F1 of the negative class. */
  public double negativeF1() {
    double p = div(tn, tn + fn);
    double r = div(tn, tn + fp);
    return div(2 * p * r, p + r);
  }

  public double macroF1() {
    return (f1() + negativeF1()) / 2;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "n=%d pos=%d P=%.3f R=%.3f F1=%.3f macroF1=%.3f", n(), positives(), precision(), recall(),
        f1(), macroF1());
  }
}
