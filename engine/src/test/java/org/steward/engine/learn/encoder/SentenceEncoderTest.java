package org.steward.engine.learn.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPack;

/**
 * The real encoder (quantised all-MiniLM-L6-v2 on ONNX Runtime) with the shipped heads, through a
 * pack that turns it on, on sentences written for this test (not the functional suite's): it catches
 * what the measurements say it catches (implicit sexism and generalisations the n-gram model misses)
 * and leaves ordinary posts about groups alone.
 */
class SentenceEncoderTest {
  static final PolicyPack ON = EncoderStageTest.with(EncoderStageTest.with(EncoderStageTest.CCCG, "learned.encoder", "always"),
      "learned.encoder-per-second", 0);
  static final Checker WITH = Checker.of(ON);
  static final Checker WITHOUT = Checker.of(EncoderStageTest.CCCG);

  static boolean abuse(Checker checker, String text) {
    for (Finding f : checker.check(text, CheckContext.of(TextKind.POST)).findings()) {
      for (String c : List.of("hate", "slur", "harassment", "threat", "sexism")) {
        if (f.category().equals(c) || f.category().startsWith(c + ".")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theShippedHeadsAreForThisEncoder() {
    EncoderHeads heads = EncoderHeads.shipped();
    assertThat(heads.encoder()).isEqualTo(MiniLmEncoder.NAME);
    assertThat(heads.dimension()).isEqualTo(MiniLmEncoder.shared().dimension());
    assertThat(heads.categories()).containsExactly("hate", "harassment", "threat", "sexism", "tone");
  }

  @Test
  void theEncoderGivesTheSameUnitVectorForTheSameText() {
    float[] a = MiniLmEncoder.shared().embed("The library opens at eight.");
    float[] b = MiniLmEncoder.shared().embed("The library opens at eight.");
    assertThat(a).hasSize(384).isEqualTo(b);
    double norm = 0;
    for (float v : a) {
      norm += v * v;
    }
    assertThat(Math.sqrt(norm)).isBetween(0.99, 1.01);
  }

  @Test
  void itCatchesImplicitSexismAndGeneralisationsTheFastStageMisses() {
    for (String text : List.of("Women belong at home raising kids, not running companies",
        "Asians are all the same, you can't tell them apart")) {
      assertThat(abuse(WITHOUT, text)).as("the fast stage alone: " + text).isFalse();
      assertThat(abuse(WITH, text)).as("with the encoder: " + text).isTrue();
    }
  }

  @Test
  void ordinaryPostsAboutGroupsStayClean() {
    for (String text : List.of("Meet the women leading our engineering apprenticeships this year",
        "Black History Month events start on Monday in the main hall",
        "Our Jewish society is hosting a Hanukkah party for all students",
        "Gay and lesbian staff network: new members always welcome",
        "The refugee support group collects coats and shoes every Friday",
        "I'm a proud Muslim and a proud Londoner",
        "It is simply not true that disabled people are a burden on society",
        "Muslim students can use the prayer room on the second floor")) {
      assertThat(abuse(WITH, text)).as(text).isFalse();
    }
  }

  @Test
  void missingOrDamagedHeadsFailClearlyNamingTheFile() {
    assertThatThrownBy(() -> EncoderHeads.fromClasspath("/models/no-such-heads.txt")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/models/no-such-heads.txt are missing from the classpath");
    assertThatThrownBy(() -> EncoderHeads.fromClasspath("/models-test/broken-encoder-heads.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken-encoder-heads.txt")
        .hasMessageContaining("line 4");
  }
}
