package org.steward.engine.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * A multi-label linear model over {@link HashedFeatures}: for every category a logistic regression
 * whose raw score is calibrated (Platt scaling, fitted on data the weights never saw) into a
 * probability. Weights are interleaved by bucket ({@code weights[bucket * K + k]}) so one cache line
 * serves every category of a feature. Immutable and thread-safe.
 *
 * <p>File format ({@code .stm}, gzip): magic {@code "STWDLM"}, format version, name, description,
 * bits, feature scheme ({@link HashedFeatures#SCHEME}), categories, bias, Platt a and b, then the
 * weights quantised to 16 bits with one scale.
 */
public final class TextModel {
  static final String MAGIC = "STWDLM";
  static final int FORMAT = 1;

  private final String name;
  private final String description;
  private final int bits;
  private final List<String> categories;
  /** The weights quantised to 16 bits ({@code weight = q * scale}): half the memory, so more of it stays in cache. */
  private final short[] q;
  private final float scale;
  private final double[] bias;
  private final double[] plattA;
  private final double[] plattB;

  TextModel(String name, String description, int bits, List<String> categories, float[] weights, double[] bias,
      double[] plattA, double[] plattB) {
    this(name, description, bits, categories, quantise(weights), scaleOf(weights), bias, plattA, plattB);
  }

  private TextModel(String name, String description, int bits, List<String> categories, short[] q, float scale, double[] bias,
      double[] plattA, double[] plattB) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.bits = bits;
    this.categories = List.copyOf(categories);
    int k = categories.size();
    if (q.length != (1 << bits) * k || bias.length != k || plattA.length != k || plattB.length != k) {
      throw new IllegalArgumentException("model arrays do not match " + k + " categories and " + bits + " bits");
    }
    this.q = q;
    this.scale = scale;
    this.bias = bias;
    this.plattA = plattA;
    this.plattB = plattB;
  }

  private static float scaleOf(float[] w) {
    float max = 0;
    for (float x : w) {
      max = Math.max(max, Math.abs(x));
    }
    return max == 0 ? 1 : max / 32767f;
  }

  private static short[] quantise(float[] w) {
    float scale = scaleOf(w);
    short[] q = new short[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = (short) Math.round(w[i] / scale);
    }
    return q;
  }

  /** The model's name and version, e.g. {@code "steward-abuse-1"}. */
  public String name() {
    return name;
  }

  /** How it was trained (data, seed, command). */
  public String description() {
    return description;
  }

  public int bits() {
    return bits;
  }

  public List<String> categories() {
    return categories;
  }

  /** Returns the index of {@code category}, or -1. */
  public int index(String category) {
    return categories.indexOf(category);
  }

  /** Writes the raw (uncalibrated) scores of the extracted features into {@code out[0..K)}. */
  public void raw(HashedFeatures f, double[] out) {
    int k = categories.size();
    int n = f.size();
    Arrays.fill(out, 0, k, 0);
    for (int i = 0; i < n; i++) {
      int base = f.id(i) * k;
      for (int c = 0; c < k; c++) {
        out[c] += q[base + c];
      }
    }
    finish(out, n);
  }

  /** Writes the raw scores of {@code text} into {@code out[0..K)} in one pass, storing no features (the hot path). */
  public void raw(NormalisedText text, HashedFeatures scratch, double[] out) {
    int n = scratch.score(text, q, categories.size(), out);
    finish(out, n);
  }

  /** As {@link #raw(NormalisedText, HashedFeatures, double[])} for the folded characters {@code [from, to)}: one window of a long text. */
  public void raw(NormalisedText text, int from, int to, HashedFeatures scratch, double[] out) {
    int n = scratch.score(text, from, to, q, categories.size(), out);
    finish(out, n);
  }

  private void finish(double[] out, int n) {
    double s = n == 0 ? 0 : scale / Math.sqrt(n);
    for (int c = 0; c < categories.size(); c++) {
      out[c] = out[c] * s + bias[c];
    }
  }

  /** Returns the calibrated probability of category {@code c} for raw score {@code z}. */
  public double probability(int c, double z) {
    return sigmoid(plattA[c] * z + plattB[c]);
  }

  /** Returns the raw score whose probability is {@code p} in category {@code c} (+∞ for p ≥ 1, −∞ for p ≤ 0). */
  public double rawFor(int c, double p) {
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return (Math.log(p / (1 - p)) - plattB[c]) / plattA[c];
  }

  /** Turns raw scores into calibrated probabilities, in place. */
  public void calibrate(double[] scores) {
    for (int c = 0; c < categories.size(); c++) {
      scores[c] = sigmoid(plattA[c] * scores[c] + plattB[c]);
    }
  }

  /** Returns the calibrated probability of every category for {@code text} (allocates; not for the hot path). */
  public double[] probabilities(String text) {
    HashedFeatures f = new HashedFeatures(bits);
    f.extract(Normaliser.normalise(text));
    double[] out = new double[categories.size()];
    raw(f, out);
    calibrate(out);
    return out;
  }

  /** Returns the weight of bucket {@code id} for category {@code c}. */
  public float weight(int id, int c) {
    return q[id * categories.size() + c] * scale;
  }

  /**
   * Returns up to {@code max} words of the text that pushed category {@code c} up the most (each
   * word's share: the weights of its unigram, its character n-grams and half of each bigram it is
   * in), as folded spans {@code [start, end)} in pairs, strongest first.
   */
  public int[] topWords(HashedFeatures f, int c, int max) {
    int t = f.tokens();
    double[] share = new double[t];
    for (int i = 0; i < f.size(); i++) {
      share[f.token(i)] += weight(f.id(i), c);
    }
    int[] best = new int[Math.min(max, t)];
    int m = 0;
    for (int i = 0; i < t; i++) { // keep the strongest positive words, in order (insertion into a tiny array)
      if (share[i] <= 0) {
        continue;
      }
      int at = m < best.length ? m++ : best.length;
      while (at > 0 && share[best[at - 1]] < share[i]) {
        if (at < best.length) {
          best[at] = best[at - 1];
        }
        at--;
      }
      if (at < best.length) {
        best[at] = i;
      }
    }
    int[] spans = new int[m * 2];
    for (int i = 0; i < m; i++) {
      spans[i * 2] = f.tokenStart(best[i]);
      spans[i * 2 + 1] = f.tokenEnd(best[i]);
    }
    return spans;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Returns the weights as floats (a copy, for further training). */
  float[] weights() {
    float[] w = new float[q.length];
    for (int i = 0; i < q.length; i++) {
      w[i] = q[i] * scale;
    }
    return w;
  }

  double[] bias() {
    return bias;
  }

  double[] plattA() {
    return plattA;
  }

  double[] plattB() {
    return plattB;
  }

  /** Writes the model to {@code out} (gzip). Deterministic: the same model gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeUTF(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(name);
    d.writeUTF(description);
    d.writeInt(bits);
    d.writeUTF(HashedFeatures.SCHEME);
    d.writeInt(categories.size());
    for (String c : categories) {
      d.writeUTF(c);
    }
    for (int c = 0; c < categories.size(); c++) {
      d.writeDouble(bias[c]);
      d.writeDouble(plattA[c]);
      d.writeDouble(plattB[c]);
    }
    d.writeFloat(scale);
    for (short x : q) {
      d.writeShort(x);
    }
    d.flush();
    gz.finish();
  }

  /** Writes the model to {@code path}. */
  public void write(Path path) throws IOException {
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      write(out);
    }
  }

  /** Reads a model written by {@link #write(OutputStream)}. */
  public static TextModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (!MAGIC.equals(d.readUTF())) {
      throw new IOException("not a Steward model file");
    }
    int format = d.readInt();
    if (format != FORMAT) {
      throw new IOException("model format " + format + " is not supported (expected " + FORMAT + ")");
    }
    String name = d.readUTF();
    String description = d.readUTF();
    int bits = d.readInt();
    String scheme = d.readUTF();
    if (!scheme.equals(HashedFeatures.SCHEME)) {
      throw new IOException("model features '" + scheme + "' differ from this engine's '" + HashedFeatures.SCHEME + "': retrain it");
    }
    int k = d.readInt();
    if (bits < 8 || bits > 28 || k < 1 || k > 64) {
      throw new IOException("corrupt model header");
    }
    List<String> cats = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      cats.add(d.readUTF());
    }
    double[] bias = new double[k];
    double[] a = new double[k];
    double[] b = new double[k];
    for (int c = 0; c < k; c++) {
      bias[c] = d.readDouble();
      a[c] = d.readDouble();
      b[c] = d.readDouble();
    }
    float scale = d.readFloat();
    short[] q = new short[(1 << bits) * k];
    for (int i = 0; i < q.length; i++) {
      q[i] = d.readShort();
    }
    return new TextModel(name, description, bits, cats, q, scale, bias, a, b);
  }

  /** Reads the model at {@code path}. */
  public static TextModel read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }
}
