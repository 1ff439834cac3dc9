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
  void aWordThatIsOneLetterRepeatedKeepsThreeOfIt() {
    // "xxx" folded to "x" made the word list's "xxx" block "Follow us on X" (issue #8)
    assertThat(fold("xxx x xxxxxx XXX!")).isEqualTo("xxx x xxx xxx");
    assertThat(fold("zzzzz, so tired")).isEqualTo("zzz so tired");
    assertThat(fold("shiiiit xxxy")).isEqualTo("shit xy");
    NormalisedText n = Normaliser.normalise("ok xxxxx");
    assertThat(n.originalStart(3)).isEqualTo(3);
    assertThat(n.originalEnd(5)).isEqualTo(8);
  }

  @Test
  void charactersThatExpandUnderNfkcKeepTheirSpan() {
    // These crashed the engine with ArrayIndexOutOfBoundsException (issue #8): one code point, many letters.
    for (String s : new String[] {"\uFDFA".repeat(15), "\uFB03".repeat(90), "\u01C6".repeat(300), "\u338F".repeat(130),
        "\u216B".repeat(100), "Peace be upon him \uFDFA. ".repeat(20), "\uFDFA".repeat(20_000),
        // expansions first, then plain text that needs the room they took (the fuzzer's warm-up found this)
        "\uFDFA".repeat(400) + "a b ".repeat(5_000), ("\uFDFA Jamie Smith 020 7946 0018 ").repeat(320)}) {
      NormalisedText n = Normaliser.normalise(s);
      assertThat(n.length()).isGreaterThan(s.length() / 2);
      for (int i = 1; i < n.length(); i++) {
        assertThat(n.originalStart(i)).isGreaterThanOrEqualTo(n.originalStart(i - 1));
        assertThat(n.originalEnd(i)).isLessThanOrEqualTo(s.length());
      }
    }
    String text = "so \uFB03cult";
    NormalisedText n = Normaliser.normalise(text);
    assertThat(n.toString()).isEqualTo("so fficult");
    int f = n.toString().indexOf("ffi");
    assertThat(text.substring(n.originalStart(f), n.originalEnd(f + 2))).isEqualTo("\uFB03");
    assertThat(text.substring(n.originalStart(f), n.originalEnd(n.length() - 1))).isEqualTo("\uFB03cult");
  }

  @Test
  void controlCharactersInsideAWordAreIgnored() {
    assertThat(fold("fu\u0000ck f\u0000u\u0000c\u0000k sh\u0007it\u007F")).isEqualTo("fuck fuck shit");
    assertThat(fold("one\ttwo\nthree\rfour\u001Ffive")).isEqualTo("one two three four five");
    NormalisedText n = Normaliser.normalise("fu\u0000ck");
    assertThat(n.originalStart(0)).isZero();
    assertThat(n.originalEnd(n.length() - 1)).isEqualTo(5);
  }

  @Test
  void combiningMarksNeverBecomeLetters() {
    // U+0345 case-folds to iota: forty random marks per letter used to split the word
    for (int cp = 0x0300; cp <= 0x036F; cp++) {
      String mark = new String(Character.toChars(cp));
      assertThat(fold("f" + mark + "u" + mark + "ck")).as("U+%04X", cp).isEqualTo("fuck");
    }
    assertThat(fold("f" + "\u0345\u0300".repeat(20) + "uck")).isEqualTo("fuck");
  }

  @Test
  void textUnderARightToLeftOverrideIsReadAsShown() {
    // "\u202Ekcuf\u202C" is stored backwards and shown as "fuck"
    assertThat(fold("\u202Ekcuf\u202C")).isEqualTo("fuck");
    assertThat(fold("fu\u202Ekc\u202C off")).isEqualTo("fuck off");
    assertThat(fold("well \u202Eflesruoy llik\u202C now")).isEqualTo("well kill yourself now");
    // a left-to-right override inside it is shown left to right again
    assertThat(fold("\u202E\u202Dfuck\u202C\u202C")).isEqualTo("fuck");
    // the override ends with the line
    assertThat(fold("\u202Ekcuf\nkcuf")).isEqualTo("fuck kcuf");
    String text = "well \u202Eflesruoy llik\u202C now";
    NormalisedText n = Normaliser.normalise(text);
    int k = n.toString().indexOf("kill");
    int end = n.toString().indexOf(" now");
    for (int i = 1; i < n.length(); i++) {
      assertThat(n.originalStart(i)).isGreaterThanOrEqualTo(n.originalStart(i - 1));
    }
    // the reordered stretch maps back to the whole stretch it was shown from
    assertThat(text.substring(n.originalStart(k), n.originalEnd(end - 1))).contains("flesruoy llik");
    assertThat(text.substring(n.originalStart(end + 1))).isEqualTo("now");
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
    String text = "f\u200Bu\u202Bc\u0301\u0302\u0303k"; // U+202B (right-to-left embedding) does not reorder Latin letters
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
