package org.steward.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * Trains a {@link TextModel}: one logistic regression per category over hashed features of the
 * folded text, by AdaGrad stochastic gradient descent with L2 decay on the features an example
 * uses. Labels may be unknown per category ({@link Example#UNKNOWN}), so sets labelled for
 * different things train one model; each example has a weight. Then Platt scaling is fitted per
 * category on the calibration examples, which the weights never saw, so scores are probabilities.
 *
 * <p>Deterministic: the same examples in the same order with the same options give the same model,
 * bit for bit (one thread, a seeded shuffle).
 */
public final class Trainer {
  /** Training options; {@link #defaults()} are what the shipped model uses. */
  public record Options(int bits, int epochs, double learningRate, double l2, long seed) {
    public static Options defaults() {
      return new Options(16, 6, 0.2, 1e-6, 20261121L);
    }

    public Options withEpochs(int e) {
      return new Options(bits, e, learningRate, l2, seed);
    }

    public Options withLearningRate(double lr) {
      return new Options(bits, epochs, lr, l2, seed);
    }

    public Options withSeed(long s) {
      return new Options(bits, epochs, learningRate, l2, s);
    }
  }

  private Trainer() {}

  /** Featurises {@code examples} once (folded text, hashed ids). */
  static int[][] featurise(List<Example> examples, int bits) {
    HashedFeatures f = new HashedFeatures(bits);
    NormalisedText t = new NormalisedText();
    int[][] out = new int[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      Normaliser.normalise(examples.get(i).text(), t);
      f.extract(t);
      out[i] = f.copyIds();
    }
    return out;
  }

  /** Trains a new model on {@code train} and calibrates it on {@code calibration}. */
  public static TextModel train(String name, String description, List<String> categories, List<Example> train,
      List<Example> calibration, Options o) {
    int k = categories.size();
    float[] w = new float[(1 << o.bits()) * k];
    double[] bias = new double[k];
    fit(w, bias, k, train, o, o.learningRate());
    double[] a = new double[k];
    double[] b = new double[k];
    platt(w, bias, k, o.bits(), calibration, a, b, null);
    return new TextModel(name, description, o.bits(), categories, w, bias, a, b);
  }

  /**
   * Continues training {@code start} on {@code train} (e.g. an institution's moderator decisions),
   * then refits calibration on {@code calibration} where it has both classes of a category, keeping
   * {@code start}'s calibration elsewhere. {@code start} is not changed.
   */
  public static TextModel fineTune(TextModel start, String name, String description, List<Example> train,
      List<Example> calibration, Options o) {
    int k = start.categories().size();
    float[] w = start.weights().clone();
    double[] bias = start.bias().clone();
    Options same = new Options(start.bits(), o.epochs(), o.learningRate(), o.l2(), o.seed());
    fit(w, bias, k, train, same, o.learningRate());
    double[] a = start.plattA().clone();
    double[] b = start.plattB().clone();
    platt(w, bias, k, start.bits(), calibration, a, b, start);
    return new TextModel(name, description, start.bits(), start.categories(), w, bias, a, b);
  }

  private static void fit(float[] w, double[] bias, int k, List<Example> train, Options o, double lr) {
    int[][] x = featurise(train, o.bits());
    int n = train.size();
    float[] g2 = new float[w.length];
    double[] gb = new double[k];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random rnd = new Random(o.seed());
    double[] z = new double[k];
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      shuffle(order, rnd);
      for (int idx : order) {
        Example e = train.get(idx);
        int[] f = x[idx];
        double scale = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
        for (int c = 0; c < k; c++) {
          z[c] = 0;
        }
        for (int id : f) {
          int base = id * k;
          for (int c = 0; c < k; c++) {
            z[c] += w[base + c];
          }
        }
        for (int c = 0; c < k; c++) {
          int y = e.label(c);
          if (y == Example.UNKNOWN) {
            continue;
          }
          double p = TextModel.sigmoid(z[c] * scale + bias[c]);
          double g = (p - y) * e.weight();
          gb[c] += g * g;
          bias[c] -= lr * g / (Math.sqrt(gb[c]) + 1e-8);
          double gf = g * scale;
          for (int id : f) {
            int at = id * k + c;
            double gi = gf + o.l2() * w[at];
            g2[at] += (float) (gi * gi);
            w[at] -= (float) (lr * gi / (Math.sqrt(g2[at]) + 1e-8));
          }
        }
      }
    }
  }

  /** Fits Platt's a, b per category on {@code calibration} (Newton's method on the log loss, Platt's smoothed targets). */
  private static void platt(float[] w, double[] bias, int k, int bits, List<Example> calibration, double[] a, double[] b,
      TextModel keep) {
    TextModel raw = new TextModel("raw", "", bits, dummy(k), w, bias, new double[k], new double[k]);
    int[][] x = featurise(calibration, bits);
    double[] s = new double[k];
    List<List<double[]>> pairs = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      pairs.add(new ArrayList<>());
    }
    for (int i = 0; i < calibration.size(); i++) {
      rawScores(raw, x[i], s, k);
      for (int c = 0; c < k; c++) {
        int y = calibration.get(i).label(c);
        if (y != Example.UNKNOWN) {
          pairs.get(c).add(new double[] {s[c], y});
        }
      }
    }
    for (int c = 0; c < k; c++) {
      List<double[]> p = pairs.get(c);
      long pos = p.stream().filter(v -> v[1] == 1).count();
      long neg = p.size() - pos;
      if (pos < 5 || neg < 5) {
        if (keep == null) {
          a[c] = 1;
          b[c] = 0;
        }
        continue;
      }
      double[] ab = fitPlatt(p, pos, neg);
      a[c] = ab[0];
      b[c] = ab[1];
    }
  }

  static void rawScores(TextModel m, int[] ids, double[] out, int k) {
    for (int c = 0; c < k; c++) {
      out[c] = 0;
    }
    for (int id : ids) {
      for (int c = 0; c < k; c++) {
        out[c] += m.weight(id, c);
      }
    }
    double scale = ids.length == 0 ? 0 : 1 / Math.sqrt(ids.length);
    for (int c = 0; c < k; c++) {
      out[c] = out[c] * scale + m.bias()[c];
    }
  }

  /**
   * Fits {@code sigmoid(a * z + b)} to Platt's smoothed targets by Newton's method with step halving
   * (the loss never rises), starting from the identity; keeps {@code a} positive.
   */
  static double[] fitPlatt(List<double[]> p, long pos, long neg) {
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double a = 1;
    double b = 0;
    double loss = plattLoss(p, hi, lo, a, b);
    for (int it = 0; it < 100; it++) {
      double g1 = 0;
      double g2 = 0;
      double h11 = 1e-6;
      double h22 = 1e-6;
      double h12 = 0;
      for (double[] v : p) {
        double t = v[1] == 1 ? hi : lo;
        double q = TextModel.sigmoid(a * v[0] + b);
        double d = q - t;
        double h = q * (1 - q);
        g1 += d * v[0];
        g2 += d;
        h11 += h * v[0] * v[0];
        h22 += h;
        h12 += h * v[0];
      }
      double det = h11 * h22 - h12 * h12;
      if (!(Math.abs(det) > 1e-12)) {
        break;
      }
      double da = (h22 * g1 - h12 * g2) / det;
      double db = (h11 * g2 - h12 * g1) / det;
      double step = 1;
      boolean improved = false;
      while (step > 1e-6) {
        double na = a - step * da;
        double nb = b - step * db;
        double nl = plattLoss(p, hi, lo, na, nb);
        if (na > 0 && nl <= loss) {
          improved = loss - nl > 1e-12;
          a = na;
          b = nb;
          loss = nl;
          break;
        }
        step /= 2;
      }
      if (!improved) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double plattLoss(List<double[]> p, double hi, double lo, double a, double b) {
    double sum = 0;
    for (double[] v : p) {
      double t = v[1] == 1 ? hi : lo;
      double z = a * v[0] + b;
      // log(1 + e^z) - t * z, computed stably
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
    }
    return sum;
  }

  private static List<String> dummy(int k) {
    List<String> l = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      l.add("c" + c);
    }
    return l;
  }

  /**
   * Shuffles {@code order} in place (Fisher–Yates): one epoch's order of the training rows, the
   * same for the same seed, so a model rebuilds byte for byte. The encoder's heads use it too.
   */
  public static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
