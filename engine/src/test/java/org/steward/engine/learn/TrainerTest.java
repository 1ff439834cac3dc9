package org.steward.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

/** The trainer on Steward's own templates (no shared data needed): deterministic, calibrated, round-trips. */
class TrainerTest {
  static List<Example> templates() {
    return Templates.shipped();
  }

  /** A stable 0..99 bucket of an id (the training data's split hash), to hold out a fifth for calibration. */
  static int bucket(String id) {
    long h = id.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return (int) Math.floorMod(h, 100L);
  }

  static TextModel small(List<Example> examples, long seed) {
    List<Example> train = new ArrayList<>();
    List<Example> calibration = new ArrayList<>();
    for (Example e : examples) {
      (bucket(e.id()) < 20 ? calibration : train).add(e);
    }
    return Trainer.train("test", "templates", Templates.CATEGORIES, train, calibration, new Trainer.Options(16, 4, 0.2, 1e-6, seed));
  }

  static byte[] bytes(TextModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  @Clause("CON-1")
  void trainingIsDeterministicForASeed() throws IOException {
    List<Example> ex = templates();
    assertThat(bytes(small(ex, 7))).isEqualTo(bytes(small(ex, 7)));
    assertThat(bytes(small(ex, 7))).isNotEqualTo(bytes(small(ex, 8)));
  }

  @Test
  @Clause("CON-1")
  void learnsFromLabelsAndGivesProbabilities() throws IOException {
    TextModel m = small(templates(), 7);
    double[] hateful = m.probabilities("refugees are vermin and should be deported");
    double[] kind = m.probabilities("refugees are welcome at our college");
    int hate = m.index("hate");
    assertThat(hateful[hate]).isGreaterThan(kind[hate]);
    for (double p : hateful) {
      assertThat(p).isBetween(0.0, 1.0);
    }
  }

  @Test
  void modelFileRoundTripsWithinQuantisation() throws IOException {
    TextModel m = small(templates(), 7);
    TextModel back = TextModel.read(new ByteArrayInputStream(bytes(m)));
    assertThat(back.name()).isEqualTo("test");
    assertThat(back.categories()).isEqualTo(Templates.CATEGORIES);
    String text = "you are a worthless idiot";
    double[] a = m.probabilities(text);
    double[] b = back.probabilities(text);
    for (int c = 0; c < a.length; c++) {
      assertThat(b[c]).isCloseTo(a[c], within(0.01));
    }
    assertThat(bytes(back)).isEqualTo(bytes(m));
  }

  @Test
  void rejectsFilesThatAreNotModels() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void unknownLabelsDoNotTrainTheirCategory() {
    List<Example> ex = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ex.add(Example.unlabelled("t", "u" + i, "lovely day number " + i, 5).with(0, i % 2));
    }
    TextModel m = Trainer.train("t", "", Templates.CATEGORIES, ex, List.of(), new Trainer.Options(12, 2, 0.2, 1e-6, 1));
    for (int id = 0; id < (1 << 12); id++) {
      assertThat(m.weight(id, 1)).isZero(); // harassment was never labelled
    }
  }

  @Test
  void featuresSurviveDisguises() {
    HashedFeatures f = new HashedFeatures(18);
    f.extract(org.steward.engine.text.Normaliser.normalise("v3rm1n"));
    int[] leet = f.copyIds();
    f.extract(org.steward.engine.text.Normaliser.normalise("vermin"));
    assertThat(leet).containsExactly(f.copyIds());
    f.extract(org.steward.engine.text.Normaliser.normalise("vermiin"));
    int[] typo = f.copyIds();
    long shared = java.util.Arrays.stream(typo).filter(id -> java.util.Arrays.stream(f.copyIds()).anyMatch(x -> x == id)).count();
    assertThat(shared).isGreaterThan(0); // "^ver", "verm", "rmin" survive an added letter
  }

  @Test
  void theOnePassScoreEqualsTheSumOfExtractedFeatures() {
    TextModel m = LearnedDetectors.shipped();
    HashedFeatures f = new HashedFeatures(m.bits());
    for (String text : new String[] {"", "a", "Immigrants are not vermin, they're our neighbours!!", "F.U.C.K  y0u\u200B", "x".repeat(100),
        "https://example.com/a-very-long-link-with-many-characters?query=1 and words"}) {
      org.steward.engine.text.NormalisedText t = org.steward.engine.text.Normaliser.normalise(text);
      double[] fused = new double[5];
      m.raw(t, f, fused);
      f.extract(t);
      double[] viaIds = new double[5];
      m.raw(f, viaIds);
      for (int c = 0; c < 5; c++) {
        assertThat(fused[c]).as(text).isCloseTo(viaIds[c], within(1e-9));
      }
    }
  }

  @Test
  void negationMarksTheNextWords() {
    HashedFeatures f = new HashedFeatures(18);
    f.extract(org.steward.engine.text.Normaliser.normalise("they are not vermin"));
    int negated = f.size();
    f.extract(org.steward.engine.text.Normaliser.normalise("they are nut vermin"));
    assertThat(negated).isEqualTo(f.size() + 1); // "vermin" also gets its negated feature
  }
}
