package org.steward.engine.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.steward.engine.learn.Evaluate;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.LearnedDetector;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.Metrics;
import org.steward.engine.learn.TextModel;
import org.steward.engine.learn.Trainer;
import org.steward.engine.learn.encoder.EncoderHeads;
import org.steward.engine.learn.encoder.MiniLmEncoder;
import org.steward.engine.learn.encoder.SentenceEncoder;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.pack.Rule;

/**
 * {@code encoder [--data DIR] [--cache FILE] [--out FILE] [--max-train N] [--epochs N] [--model FILE]}
 * (issue #15 item 2): embeds the rows the {@code train} command uses (same data, templates, noisy
 * copies, splits and seed) with the sentence encoder, keeps the vectors in {@code --cache} (default
 * {@code target/encoder-cache/all-minilm-l6-v2-q.bin}) so a second run retrains in seconds, trains one
 * logistic head per category on the training share, calibrates each on the calibration share (Platt,
 * as the n-gram model), and fits per category a small logistic over the n-gram model's probability
 * and the head's score on the calibration share. The fusion is kept for a category only when, in
 * two-fold cross-fitting on the calibration share (each half fitted on the other), it lowers the log
 * loss and does not lower the macro-F1 at the cccg-policy rule's threshold; otherwise that category
 * keeps the n-gram probability. Held-out rows are never used to
 * choose anything; their figures are printed. Writes the heads file (default the shipped one).
 * Deterministic: the same rows and vectors give the same file.
 */
public final class EncoderCommand {
  public static final String DEFAULT_OUT = "engine/src/main/resources" + EncoderHeads.RESOURCE;
  public static final String DEFAULT_CACHE = "target/encoder-cache/" + MiniLmEncoder.NAME + ".bin";
  static final String USAGE = "encoder [--data DIR] [--cache FILE] [--out FILE] [--max-train N] [--epochs N] [--model FILE]";
  /**
   * Training rows per source by default (a seeded sample of Davidson's and EDOS's training shares, the
   * largest; the others are smaller): embedding costs 9 to 35 ms a text on this shared machine, and
   * linear heads over 384 dimensions gain little past a few thousand rows. {@code --max-train 0}: all.
   */
  static final int DEFAULT_MAX_TRAIN = 6000;
  static final double L2 = 1e-4;
  static final double LEARNING_RATE = 0.05;

  private EncoderCommand() {}

  public static int run(String[] args) throws IOException {
    Path data = Path.of("../shared/datasets");
    Path cache = Path.of(DEFAULT_CACHE);
    Path out = Path.of(DEFAULT_OUT);
    Path modelFile = null;
    int maxTrain = DEFAULT_MAX_TRAIN;
    int epochs = 10;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value; usage: " + USAGE);
      }
      switch (a) {
        case "--data" -> data = Path.of(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--model" -> modelFile = Path.of(args[++i]);
        case "--max-train" -> {
          maxTrain = Integer.parseInt(args[++i]);
          maxTrain = maxTrain <= 0 ? Integer.MAX_VALUE : maxTrain;
        }
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option '" + a + "'; usage: " + USAGE);
      }
    }
    long seed = Trainer.Options.defaults().seed();
    List<String> used = new ArrayList<>();
    List<Datasets.Row> rows = TrainCommand.rows(data, List.of(), true, seed, used);
    if (rows.isEmpty()) {
      System.err.println("error: no training data (looked in " + data + ")");
      return 1;
    }
    TrainCommand.Shares shares = TrainCommand.Shares.of(rows);
    List<Example> calibration = shares.calibration();
    List<Datasets.Row> test = shares.test();
    List<Example> train = subsample(shares.train(), maxTrain, seed);
    System.err.printf(Locale.ROOT, "encoder heads: data=%s; train=%d calibration=%d heldout=%d%n", String.join("+", used), train.size(),
        calibration.size(), test.size());
    EmbeddingCache vectors = new EmbeddingCache(cache, MiniLmEncoder.shared());
    Set<String> texts = new LinkedHashSet<>();
    for (Example e : train) {
      texts.add(e.text());
    }
    for (Example e : calibration) {
      texts.add(e.text());
    }
    for (Datasets.Row r : test) {
      texts.add(r.originalText());
    }
    vectors.fill(texts);
    TextModel ngram = modelFile == null ? LearnedDetectors.shipped() : TextModel.read(modelFile);
    EncoderHeads heads = fit(ngram, train, calibration, vectors, epochs, seed);
    report(heads, ngram, test, vectors);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, heads.text(), StandardCharsets.UTF_8);
    System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    return 0;
  }

  /** At most {@code max} training rows per source, chosen by a seeded shuffle (the order of the rest is kept). */
  static List<Example> subsample(List<Example> train, int max, long seed) {
    if (max == Integer.MAX_VALUE) {
      return train;
    }
    Map<String, List<Integer>> bySource = new LinkedHashMap<>();
    for (int i = 0; i < train.size(); i++) {
      bySource.computeIfAbsent(train.get(i).source(), k -> new ArrayList<>()).add(i);
    }
    boolean[] keep = new boolean[train.size()];
    for (List<Integer> idx : bySource.values()) {
      List<Integer> shuffled = new ArrayList<>(idx);
      java.util.Collections.shuffle(shuffled, new Random(seed));
      for (int i = 0; i < Math.min(max, shuffled.size()); i++) {
        keep[shuffled.get(i)] = true;
      }
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      if (keep[i]) {
        out.add(train.get(i));
      }
    }
    return out;
  }

  /** Trains the heads, calibrates them and chooses each category's fusion, all without the held-out rows. */
  static EncoderHeads fit(TextModel ngram, List<Example> train, List<Example> calibration, EmbeddingCache vectors, int epochs,
      long seed) {
    List<String> cats = Datasets.CATEGORIES;
    int k = cats.size();
    int d = vectors.dimension();
    float[][] w = new float[k][d];
    double[] bias = new double[k];
    sgd(train, vectors, w, bias, epochs, seed);
    double[][] platt = new double[k][];
    double[][] fusion = new double[k][];
    double[][] q = Evaluate.probabilities(ngram, calibration);
    EncoderHeads draft = new EncoderHeads(MiniLmEncoder.NAME, d, cats, w, bias, identity(k, 2, new double[] {1, 0}),
        identity(k, 3, new double[] {1, 0, 0}));
    for (int c = 0; c < k; c++) {
      int ngramC = ngram.index(cats.get(c));
      List<double[]> xs = new ArrayList<>();
      List<double[]> fx = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      List<Double> ws = new ArrayList<>();
      for (int i = 0; i < calibration.size(); i++) {
        Example e = calibration.get(i);
        if (e.label(c) == Example.UNKNOWN) {
          continue;
        }
        double raw = draft.raw(c, vectors.get(e.text()));
        xs.add(new double[] {raw, 1});
        fx.add(new double[] {EncoderHeads.logit(q[i][ngramC]), raw, 1});
        ys.add(e.label(c));
        ws.add(e.weight());
      }
      double[][] x = xs.toArray(new double[0][]);
      double[][] f = fx.toArray(new double[0][]);
      int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
      double[] wt = ws.stream().mapToDouble(Double::doubleValue).toArray();
      int positives = 0;
      for (int v : y) {
        positives += v;
      }
      if (positives == 0 || positives == y.length) {
        // nothing to calibrate or fuse on: the category keeps the n-gram probability
        platt[c] = new double[] {1, 0};
        fusion[c] = new double[] {1, 0, 0};
        System.err.printf(Locale.ROOT, "  %-10s calibration rows %d with one class only: n-gram alone%n", cats.get(c), y.length);
        continue;
      }
      platt[c] = SmallLogistic.fit(x, y, wt, 1e-3);
      double[] fused = SmallLogistic.fit(f, y, wt, 1e-3);
      // two-fold cross-fitting on the calibration share: does the fusion predict rows it was not fitted on better?
      double lossNgram = 0;
      double lossFused = 0;
      double threshold = threshold(cats.get(c));
      double[] countsNgram = new double[4]; // weighted tp, fp, fn, tn at the pack's threshold
      double[] countsFused = new double[4];
      for (int fold = 0; fold < 2; fold++) {
        List<Integer> fitIdx = new ArrayList<>();
        List<Integer> evalIdx = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
          (i % 2 == fold ? evalIdx : fitIdx).add(i);
        }
        double[] wf = SmallLogistic.fit(pick(f, fitIdx), pickInt(y, fitIdx), pickD(wt, fitIdx), 1e-3);
        for (int i : evalIdx) {
          double z = wf[0] * f[i][0] + wf[1] * f[i][1] + wf[2] * f[i][2];
          lossFused += wt[i] * loss(EncoderHeads.sigmoid(z), y[i]);
          lossNgram += wt[i] * loss(EncoderHeads.sigmoid(f[i][0]), y[i]);
          count(countsFused, EncoderHeads.sigmoid(z) >= threshold, y[i], wt[i]);
          count(countsNgram, EncoderHeads.sigmoid(f[i][0]) >= threshold, y[i], wt[i]);
        }
      }
      // kept only if it predicts better (log loss) and flags no worse at the pack's threshold (macro-F1)
      double f1Ngram = macroF1(countsNgram);
      double f1Fused = macroF1(countsFused);
      boolean keep = lossFused < lossNgram && f1Fused >= f1Ngram;
      fusion[c] = keep ? fused : new double[] {1, 0, 0};
      System.err.printf(Locale.ROOT, "  %-10s calibration rows %d (cross-fitted): log loss n-gram %.4f, fused %.4f; macro-F1 at %.2f"
          + " n-gram %.4f, fused %.4f -> %s (fused = sigmoid(%.3f*logit(q) + %.3f*e + %.3f))%n", cats.get(c), y.length,
          lossNgram / sum(wt), lossFused / sum(wt), threshold, f1Ngram, f1Fused, keep ? "fused" : "n-gram alone", fused[0], fused[1],
          fused[2]);
    }
    return new EncoderHeads(MiniLmEncoder.NAME, d, cats, w, bias, platt, fusion);
  }

  /** The cccg-policy rule's {@code min-score} for the learned category (0.5 when no rule names it). */
  static double threshold(String category) {
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    double t = 0.5;
    for (Rule rule : pack.rules()) {
      if (rule.when().detector().equals(LearnedDetector.NAME) && rule.when().categories().contains(category)) {
        t = rule.when().minScore();
      }
    }
    return t;
  }

  private static void count(double[] counts, boolean flagged, int y, double w) {
    counts[flagged ? (y == 1 ? 0 : 1) : (y == 1 ? 2 : 3)] += w;
  }

  private static double macroF1(double[] k) {
    double f1 = 2 * k[0] + k[1] + k[2] == 0 ? 0 : 2 * k[0] / (2 * k[0] + k[1] + k[2]);
    double neg = 2 * k[3] + k[2] + k[1] == 0 ? 0 : 2 * k[3] / (2 * k[3] + k[2] + k[1]);
    return (f1 + neg) / 2;
  }

  private static double[][] identity(int k, int n, double[] v) {
    double[][] out = new double[k][];
    for (int c = 0; c < k; c++) {
      out[c] = v.clone();
    }
    return out;
  }

  private static double loss(double p, int y) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return y == 1 ? -Math.log(q) : -Math.log(1 - q);
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  private static double[][] pick(double[][] a, List<Integer> idx) {
    double[][] out = new double[idx.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[idx.get(i)];
    }
    return out;
  }

  private static int[] pickInt(int[] a, List<Integer> idx) {
    return idx.stream().mapToInt(i -> a[i]).toArray();
  }

  private static double[] pickD(double[] a, List<Integer> idx) {
    return idx.stream().mapToDouble(i -> a[i]).toArray();
  }

  /** AdaGrad stochastic gradient descent of every category's weighted log loss (unknown labels skipped), seeded order, one thread. */
  static void sgd(List<Example> train, EmbeddingCache vectors, float[][] w, double[] bias, int epochs, long seed) {
    int k = w.length;
    int d = w[0].length;
    double[][] g2 = new double[k][d];
    double[] gb = new double[k];
    int[] order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    float[][] x = new float[train.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = vectors.get(train.get(i).text());
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      Trainer.shuffle(order, random);
      for (int n : order) {
        Example e = train.get(n);
        float[] v = x[n];
        for (int c = 0; c < k; c++) {
          int y = e.label(c);
          if (y == Example.UNKNOWN) {
            continue;
          }
          double z = bias[c];
          float[] wc = w[c];
          for (int i = 0; i < d; i++) {
            z += wc[i] * v[i];
          }
          double p = 1 / (1 + Math.exp(-z));
          double r = e.weight() * (p - y);
          for (int i = 0; i < d; i++) {
            double g = r * v[i] + L2 * wc[i];
            g2[c][i] += g * g;
            wc[i] -= (float) (LEARNING_RATE * g / Math.sqrt(g2[c][i] + 1e-8));
          }
          gb[c] += r * r;
          bias[c] -= LEARNING_RATE * r / Math.sqrt(gb[c] + 1e-8);
        }
      }
    }
  }

  /** Prints held-out figures per category at the cccg-policy thresholds: the n-gram model, the encoder alone, fused. Informative only. */
  static void report(EncoderHeads heads, TextModel ngram, List<Datasets.Row> test, SentenceEncoder vectors) {
    List<Example> all = new ArrayList<>();
    for (Datasets.Row r : test) {
      all.add(r.example());
    }
    double[][] q = Evaluate.probabilities(ngram, all);
    double[][] alone = new double[all.size()][heads.categories().size()];
    double[][] fused = new double[all.size()][heads.categories().size()];
    double[][] qs = new double[all.size()][heads.categories().size()];
    for (int i = 0; i < all.size(); i++) {
      float[] v = vectors.embed(test.get(i).originalText());
      for (int c = 0; c < heads.categories().size(); c++) {
        double qc = q[i][ngram.index(heads.categories().get(c))];
        qs[i][c] = qc;
        alone[i][c] = heads.alone(c, v);
        fused[i][c] = heads.fused(c, qc, v);
      }
    }
    for (int c = 0; c < heads.categories().size(); c++) {
      double t = threshold(heads.categories().get(c));
      Metrics a = Evaluate.metrics(all, qs, c, t);
      Metrics b = Evaluate.metrics(all, alone, c, t);
      Metrics f = Evaluate.metrics(all, fused, c, t);
      System.err.printf(Locale.ROOT, "  held-out %-10s at %.2f: n-gram macroF1 %.4f (logloss %.4f) | encoder alone %.4f (%.4f) | fused %.4f (%.4f)%n",
          heads.categories().get(c), t, a.macroF1(), Evaluate.logLoss(all, qs, c), b.macroF1(), Evaluate.logLoss(all, alone, c),
          f.macroF1(), Evaluate.logLoss(all, fused, c));
    }
  }
}
