package org.steward.engine.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.steward.engine.learn.encoder.SentenceEncoder;

/**
 * Sentence vectors of texts, kept in one append-only file (under {@code target/}) so the heads retrain
 * in seconds: embedding the training rows takes minutes (about 9 ms a text). Keyed by the exact text.
 * Also a {@link SentenceEncoder} that answers from the file and embeds (and keeps) what it lacks, so
 * the quality command scores the engine with the encoder without embedding the same texts again.
 */
final class EmbeddingCache implements SentenceEncoder {
  private final Path file;
  private final SentenceEncoder encoder;
  private final Map<String, float[]> vectors = new HashMap<>();
  private final int dimension;

  EmbeddingCache(Path file, SentenceEncoder encoder) throws IOException {
    this.file = file;
    this.encoder = encoder;
    this.dimension = encoder.dimension();
    if (Files.isRegularFile(file)) {
      long good = 0; // bytes of whole records: a run that stopped mid-record leaves a tail, cut off here
      long record = 4L + 4L * dimension;
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        while (true) {
          int len;
          try {
            len = in.readInt();
          } catch (EOFException e) {
            break;
          }
          if (len < 0 || len > (1 << 20)) {
            break;
          }
          byte[] b = new byte[len];
          float[] v = new float[dimension];
          try {
            in.readFully(b);
            for (int i = 0; i < dimension; i++) {
              v[i] = in.readFloat();
            }
          } catch (EOFException e) {
            break;
          }
          vectors.put(new String(b, StandardCharsets.UTF_8), v);
          good += record + len;
        }
      }
      if (good < Files.size(file)) {
        System.err.printf(Locale.ROOT, "%s: cut a damaged tail after %d vectors%n", file, vectors.size());
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(good);
        }
      }
    }
  }

  int size() {
    return vectors.size();
  }

  /** Embeds every text of {@code texts} not yet in the file, appending as it goes; prints progress. */
  void fill(Collection<String> texts) throws IOException {
    Set<String> missing = new LinkedHashSet<>();
    for (String t : texts) {
      if (!vectors.containsKey(t)) {
        missing.add(t);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    System.err.printf(Locale.ROOT, "embedding %d texts (%d cached in %s)%n", missing.size(), vectors.size(), file);
    Files.createDirectories(file.toAbsolutePath().getParent());
    long t0 = System.nanoTime();
    int done = 0;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16))) {
      for (String t : missing) {
        put(out, t, encoder.embed(t));
        if (++done % 2000 == 0) {
          out.flush();
          double ms = (System.nanoTime() - t0) / 1e6 / done;
          System.err.printf(Locale.ROOT, "  %d/%d embedded, %.1f ms a text%n", done, missing.size(), ms);
        }
      }
    }
    System.err.printf(Locale.ROOT, "embedded %d texts in %.0f s (%.1f ms a text, wall clock)%n", done,
        (System.nanoTime() - t0) / 1e9, (System.nanoTime() - t0) / 1e6 / Math.max(1, done));
  }

  private void put(DataOutputStream out, String text, float[] v) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
    for (float f : v) {
      out.writeFloat(f);
    }
    vectors.put(text, v);
  }

  /** The cached vector of {@code text}, or null. */
  float[] get(String text) {
    return vectors.get(text);
  }

  @Override
  public synchronized float[] embed(String text) {
    float[] v = vectors.get(text);
    if (v != null) {
      return v;
    }
    v = encoder.embed(text);
    try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(o))) {
      put(out, text, v);
    } catch (IOException e) {
      vectors.put(text, v); // kept in memory; the file is only a cache
    }
    return v;
  }

  @Override
  public int dimension() {
    return dimension;
  }

}
