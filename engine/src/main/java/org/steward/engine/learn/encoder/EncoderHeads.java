package org.steward.engine.learn.encoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Linear heads over a sentence encoder's vectors, one per learned category, and how each is fused
 * with the learned n-gram model (issue #15 item 2). For category {@code c} with vector {@code x}:
 * the head's raw score is {@code e = w·x + bias}; alone, its probability is {@code σ(a·e + b)}
 * (Platt scaling on the calibration share, as the n-gram model); fused with the n-gram model's
 * probability {@code q}, {@code σ(n·logit(q) + m·e + k)}. A category whose fusion did not pay on the
 * calibration share has {@code n = 1, m = 0, k = 0}: the n-gram probability unchanged.
 *
 * <p>The file is text, written by {@code engine-training}'s {@code encoder} command (deterministic:
 * the same rows and embeddings give the same file): a header line {@code steward-encoder-heads 1},
 * {@code encoder NAME}, {@code dimension D}, then per category a line {@code head CATEGORY bias a b
 * n m k} and a line {@code w CATEGORY} with D numbers.
 */
public record EncoderHeads(String encoder, int dimension, List<String> categories, float[][] weights, double[] bias,
    double[][] platt, double[][] fusion) {
  public static final String MAGIC = "steward-encoder-heads 1";
  /** Where the shipped heads live on the classpath. */
  public static final String RESOURCE = "/models/steward-encoder-heads-v1.txt";

  public EncoderHeads {
    categories = List.copyOf(categories);
    int k = categories.size();
    if (weights.length != k || bias.length != k || platt.length != k || fusion.length != k) {
      throw new IllegalArgumentException("one head per category");
    }
    for (int c = 0; c < k; c++) {
      if (weights[c].length != dimension || platt[c].length != 2 || fusion[c].length != 3) {
        throw new IllegalArgumentException("head " + categories.get(c) + " has the wrong shape");
      }
    }
  }

  public int index(String category) {
    return categories.indexOf(category);
  }

  /** The head's raw score of vector {@code x} for category {@code c}. */
  public double raw(int c, float[] x) {
    float[] w = weights[c];
    double s = bias[c];
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  /** The head's own calibrated probability (the encoder alone). */
  public double alone(int c, float[] x) {
    return sigmoid(platt[c][0] * raw(c, x) + platt[c][1]);
  }

  /** The fused probability of category {@code c}, from the n-gram model's probability {@code q} and vector {@code x}. */
  public double fused(int c, double q, float[] x) {
    double[] f = fusion[c];
    if (f[1] == 0 && f[0] == 1 && f[2] == 0) {
      return q;
    }
    return sigmoid(f[0] * logit(q) + f[1] * raw(c, x) + f[2]);
  }

  /** True when category {@code c} is fused (its fusion is not the identity). */
  public boolean fuses(int c) {
    double[] f = fusion[c];
    return !(f[1] == 0 && f[0] == 1 && f[2] == 0);
  }

  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  public static double logit(double p) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(q / (1 - q));
  }

  /** Writes the file's text (deterministic: Java's shortest round-trip decimal forms). */
  public String text() {
    StringBuilder b = new StringBuilder(MAGIC).append('\n');
    b.append("encoder ").append(encoder).append('\n').append("dimension ").append(dimension).append('\n');
    for (int c = 0; c < categories.size(); c++) {
      b.append("head ").append(categories.get(c)).append(' ').append(bias[c]).append(' ').append(platt[c][0]).append(' ')
          .append(platt[c][1]).append(' ').append(fusion[c][0]).append(' ').append(fusion[c][1]).append(' ')
          .append(fusion[c][2]).append('\n');
      b.append("w ").append(categories.get(c));
      for (float v : weights[c]) {
        b.append(' ').append(v);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Reads a heads file.
   *
   * @throws IOException when it is not one, or is cut short or damaged (the message says where)
   */
  public static EncoderHeads read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String magic = r.readLine();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a Steward encoder heads file (first line must be '" + MAGIC + "')");
    }
    String encoder = field(r.readLine(), "encoder");
    int dimension;
    try {
      dimension = Integer.parseInt(field(r.readLine(), "dimension"));
    } catch (NumberFormatException e) {
      throw new IOException("encoder heads file: bad dimension", e);
    }
    if (dimension <= 0 || dimension > 4096) {
      throw new IOException("encoder heads file: dimension out of range: " + dimension);
    }
    List<String> cats = new ArrayList<>();
    List<float[]> w = new ArrayList<>();
    List<double[]> head = new ArrayList<>();
    int lineNo = 3;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(" ");
      try {
        if (f[0].equals("head") && f.length == 8) {
          cats.add(f[1]);
          double[] h = new double[6];
          for (int i = 0; i < 6; i++) {
            h[i] = Double.parseDouble(f[i + 2]);
          }
          head.add(h);
        } else if (f[0].equals("w") && f.length == dimension + 2 && !cats.isEmpty() && f[1].equals(cats.get(cats.size() - 1))
            && w.size() == cats.size() - 1) {
          float[] v = new float[dimension];
          for (int i = 0; i < dimension; i++) {
            v[i] = Float.parseFloat(f[i + 2]);
          }
          w.add(v);
        } else {
          throw new IOException("encoder heads file, line " + lineNo + ": expected 'head CATEGORY' with 6 numbers or 'w CATEGORY'"
              + " with " + dimension + " numbers");
        }
      } catch (NumberFormatException e) {
        throw new IOException("encoder heads file, line " + lineNo + ": not a number", e);
      }
    }
    if (cats.isEmpty() || w.size() != cats.size()) {
      throw new IOException("encoder heads file is cut short: " + cats.size() + " heads, " + w.size() + " weight lines");
    }
    int k = cats.size();
    double[] bias = new double[k];
    double[][] platt = new double[k][];
    double[][] fusion = new double[k][];
    for (int c = 0; c < k; c++) {
      double[] h = head.get(c);
      for (double v : h) {
        if (!Double.isFinite(v)) {
          throw new IOException("encoder heads file: head " + cats.get(c) + " is not finite");
        }
      }
      bias[c] = h[0];
      platt[c] = Arrays.copyOfRange(h, 1, 3);
      fusion[c] = Arrays.copyOfRange(h, 3, 6);
    }
    return new EncoderHeads(encoder, dimension, cats, w.toArray(new float[0][]), bias, platt, fusion);
  }

  private static String field(String line, String name) throws IOException {
    if (line == null || !line.startsWith(name + " ")) {
      throw new IOException("encoder heads file: expected a line '" + name + " …'");
    }
    return line.substring(name.length() + 1).trim();
  }

  /** Reads the shipped heads from the classpath; a missing or damaged file fails clearly. */
  public static EncoderHeads shipped() {
    return fromClasspath(RESOURCE);
  }

  /** Reads heads from {@code resource} on the classpath; a missing or damaged file fails clearly, naming it. */
  static EncoderHeads fromClasspath(String resource) {
    try (InputStream in = EncoderHeads.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the encoder heads " + resource + " are missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the encoder heads " + resource + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "EncoderHeads[%s, %d dimensions, %s]", encoder, dimension, categories);
  }
}
