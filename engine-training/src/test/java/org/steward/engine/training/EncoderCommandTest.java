package org.steward.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.encoder.EncoderHeads;
import org.steward.engine.learn.encoder.SentenceEncoder;

/**
 * The encoder command's fitting, on vectors of a stand-in encoder (the real one takes minutes to
 * embed the shared data, and its quantised kernels need not give the same floats on another CPU, so
 * the shipped heads are reproduced by running the command, docs/quality.md): the same rows and vectors
 * give the same heads file, character for character; a head learns what its vectors say; a fusion that
 * does not help on the calibration share is left out; and the vectors cache survives a second run.
 */
class EncoderCommandTest {
  /** Dimension 4; the first number says "hate" (with noise), the others are noise, all from the text. */
  static final class StandIn implements SentenceEncoder {
    int calls;

    @Override
    public float[] embed(String text) {
      calls++;
      Random r = new Random(text.hashCode());
      float signal = text.startsWith("H ") ? 1f : -1f;
      return new float[] {signal + (float) r.nextGaussian() * 0.5f, (float) r.nextGaussian(), (float) r.nextGaussian(), 1f};
    }

    @Override
    public int dimension() {
      return 4;
    }
  }

  static List<Example> rows(String prefix, int n, long seed) {
    List<Example> out = new ArrayList<>();
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      boolean hate = r.nextBoolean();
      byte[] labels = {(byte) (hate ? 1 : 0), Example.UNKNOWN, Example.UNKNOWN, Example.UNKNOWN, Example.UNKNOWN};
      out.add(new Example("test", prefix + i, (hate ? "H " : "N ") + prefix + " text " + i, labels, 1.0));
    }
    return out;
  }

  @Test
  void theSameRowsAndVectorsGiveTheSameHeadsAndAHeadLearnsItsSignal(@TempDir Path dir) throws IOException {
    List<Example> train = rows("train", 600, 1);
    List<Example> calibration = rows("calibration", 300, 2);
    EmbeddingCache vectors = new EmbeddingCache(dir.resolve("v.bin"), new StandIn());
    List<String> texts = new ArrayList<>();
    train.forEach(e -> texts.add(e.text()));
    calibration.forEach(e -> texts.add(e.text()));
    vectors.fill(texts);
    EncoderHeads a = EncoderCommand.fit(LearnedDetectors.shipped(), train, calibration, vectors, 5, 7);
    EncoderHeads b = EncoderCommand.fit(LearnedDetectors.shipped(), train, calibration, vectors, 5, 7);
    assertThat(a.text()).isEqualTo(b.text());
    int hate = a.index("hate");
    assertThat(a.alone(hate, new float[] {1.5f, 0, 0, 1})).isGreaterThan(0.9);
    assertThat(a.alone(hate, new float[] {-1.5f, 0, 0, 1})).isLessThan(0.1);
    // the n-gram model knows nothing of these rows: fusing with the head pays, and the head weighs most
    assertThat(a.fuses(hate)).isTrue();
    assertThat(a.fused(hate, 0.5, new float[] {1.5f, 0, 0, 1})).isGreaterThan(0.9);
    // a category with no labelled calibration row keeps the n-gram probability
    assertThat(a.fuses(a.index("threat"))).isFalse();
    assertThat(a.fused(a.index("threat"), 0.42, new float[] {1.5f, 0, 0, 1})).isEqualTo(0.42);
  }

  @Test
  void theCacheKeepsVectorsBetweenRuns(@TempDir Path dir) throws IOException {
    StandIn first = new StandIn();
    EmbeddingCache one = new EmbeddingCache(dir.resolve("v.bin"), first);
    one.fill(List.of("a", "b", "c"));
    assertThat(first.calls).isEqualTo(3);
    StandIn second = new StandIn();
    EmbeddingCache two = new EmbeddingCache(dir.resolve("v.bin"), second);
    two.fill(List.of("a", "b", "c", "d"));
    assertThat(second.calls).isEqualTo(1);
    assertThat(two.get("b")).isEqualTo(one.get("b"));
  }

  @Test
  void theLargestSourcesAreSampledTheSameWayEveryRun() {
    List<Example> train = new ArrayList<>(rows("big", 50, 3));
    train.addAll(rows("small", 5, 4).stream().map(e -> new Example("small", e.id(), e.text(), e.labels(), 1.0)).toList());
    List<Example> a = EncoderCommand.subsample(train, 10, 20261121L);
    assertThat(a).hasSize(15).isEqualTo(EncoderCommand.subsample(train, 10, 20261121L));
    assertThat(a.stream().filter(e -> e.source().equals("small"))).hasSize(5);
  }
}
