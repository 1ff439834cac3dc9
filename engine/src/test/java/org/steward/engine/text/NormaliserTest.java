package org.steward.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

@Clause({"CON-1", "CON-13"})
class NormaliserTest {
  private static String fold(String s) {
    return Normaliser.normalise(s).toString();
  }

  @Test
  void foldsCaseSpacingAndPunctuation() {
    assertThat(fold("  Hello,   WORLD!! ")).isEqualTo("hello world");
    assertThat(fold("")).isEmpty();
  }

  @Test
  void decodesLeetspeakInsideWordsOnly() {
    assertThat(fold("sh1t b@stard a55hole")).isEqualTo("shit bastard asshole");
    assertThat(fold("room 101 at 4pm")).isEqualTo("room 101 at apm");
    assertThat(fold("@CCCG")).isEqualTo(fold("cccg")).isEqualTo("cg"); // a handle is not leet; runs fold alike
    assertThat(fold("call 07700 900123")).isEqualTo("call 07700 900123");
  }

  @Test
  void joinsLettersSplitBySeparators() {
    assertThat(fold("f u c k off")).isEqualTo("fuck off");
    assertThat(fold("f.u.c.k")).isEqualTo("fuck");
    assertThat(fold("f-u-c-k you")).isEqualTo("fuck you");
    assertThat(fold("a b")).isEqualTo("a b");
  }

  @Test
  void keepsMaskingStarsInsideWords() {
    assertThat(fold("f*ck f**k *nice*")).isEqualTo("f*ck f**k nice");
  }

  @Test
  void reducesRunsOfThreeOrMoreLetters() {
    assertThat(fold("fuuuuuck")).isEqualTo("fuck");
    assertThat(fold("soooo good")).isEqualTo("so good");
    assertThat(fold("assess all")).isEqualTo("assess all");
  }

  @Test
  void foldsConfusablesAccentsAndWideForms() {
    assertThat(fold("\u0455\u04bb\u0456t")).isEqualTo("shit"); // Cyrillic dze, shha, i
    assertThat(fold("ｆｕｃｋ")).isEqualTo("fuck");
    assertThat(fold("Café CRÈME")).isEqualTo("cafe creme");
    assertThat(fold("\uD835\uDC1F\uD835\uDC2E\uD835\uDC1C\uD835\uDC24")).isEqualTo("fuck"); // mathematical bold
  }

  @Test
  void dropsZeroWidthBidiAndZalgoButKeepsTheSpan() {
    String text = "f\u200Bu\u202Ec\u0301\u0302\u0303k";
    NormalisedText n = Normaliser.normalise(text);
    assertThat(n.toString()).isEqualTo("fuck");
    assertThat(n.originalStart(0)).isZero();
    assertThat(n.originalEnd(n.length() - 1)).isEqualTo(text.length());
  }

  @Test
  void treatsUnpairedSurrogatesAsSeparators() {
    assertThat(fold("ab\uD800cd\uDC00ef")).isEqualTo("ab cd ef");
  }

  @Test
  void mapsEveryFoldedCharacterBackToTheOriginal() {
    String text = "Well, F.U.C.K   th1s";
    NormalisedText n = Normaliser.normalise(text);
    assertThat(n.toString()).isEqualTo("well fuck this");
    int f = n.toString().indexOf("fuck");
    assertThat(text.substring(n.originalStart(f), n.originalEnd(f + 3))).isEqualTo("F.U.C.K");
    int t = n.toString().indexOf("this");
    assertThat(text.substring(n.originalStart(t), n.originalEnd(t + 3))).isEqualTo("th1s");
  }

  @Test
  void reusesBuffersAcrossTexts() {
    NormalisedText buffer = new NormalisedText();
    Normaliser.normalise("a much longer first text to grow the buffer", buffer);
    Normaliser.normalise("Short", buffer);
    assertThat(buffer.toString()).isEqualTo("short");
    assertThat(buffer.original()).isEqualTo("Short");
  }
}
