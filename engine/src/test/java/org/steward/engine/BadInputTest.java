package org.steward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.engine.Checks.ACME;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.post;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.steward.engine.pack.PackException;
import org.steward.engine.pack.PackLoader;

/** Hostile or odd input gets a clear answer in bounded time. */
class BadInputTest {
  @Test
  void emptyTextPasses() {
    assertThat(post(CCCG, "").verdict()).isEqualTo(Verdict.PASS);
    assertThatThrownBy(() -> CCCG.check(null, CheckContext.of(TextKind.POST))).isInstanceOf(NullPointerException.class);
  }

  @Test
  @Timeout(20)
  void oneMegabyteIsCheckedInNearLinearTime() {
    String unit = "Vote for me at jo@example.com or call 020 7946 0018, f*ck the exam papers! ";
    String small = unit.repeat(1_000);
    String big = unit.repeat(14_000); // about 1 MB
    CCCG.check(small, CheckContext.of(TextKind.POST)); // warm up
    long t0 = System.nanoTime();
    CCCG.check(small, CheckContext.of(TextKind.POST));
    long smallNanos = System.nanoTime() - t0;
    t0 = System.nanoTime();
    Result r = CCCG.check(big, CheckContext.of(TextKind.POST));
    long bigNanos = System.nanoTime() - t0;
    assertThat(big.length()).isGreaterThan(1_000_000);
    assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(Duration.ofNanos(bigNanos)).isLessThan(Duration.ofSeconds(10));
    // 14x the text may cost at most ~40x the time (generous for GC and JIT noise), never quadratic (196x).
    assertThat(bigNanos).isLessThan(Math.max(smallNanos, 1_000_000) * 40);
  }

  @Test
  void unpairedSurrogatesZalgoAndBidiOverrides() {
    assertThat(post(CCCG, "\uD800\uDC00\uDFFF\uD800 hello").verdict()).isEqualTo(Verdict.PASS);
    String zalgo = "f\u0336\u0334u\u0335\u0337\u0338c\u0489\u0489k\u0336 off";
    Result z = post(CCCG, zalgo);
    assertThat(z.findings()).extracting(Finding::category).contains("profanity");
    assertThat(z.findings().get(0).start()).isZero();
    String rlo = "\u202Ekcuf\u202C fuck";
    assertThat(post(CCCG, rlo).findings()).extracting(Finding::evidence).contains("fuck");
  }

  @Test
  void aWordHiddenWithOverridesControlsOrPilesOfMarksIsStillFound() {
    java.util.Random random = new java.util.Random(8);
    StringBuilder zalgo = new StringBuilder("you ");
    for (char c : "faggot".toCharArray()) {
      zalgo.append(c);
      for (int k = 0; k < 40; k++) {
        zalgo.append((char) (0x0300 + random.nextInt(0x70))); // forty combining marks a letter, U+0345 among them
      }
    }
    String[] hidden = {
      "\u202Etoggaf uoy\u202C", // stored backwards, shown as "you faggot"
      "you fa\u202Etogg\u202C", // only the end reversed
      "you f\u0000a\u0000g\u0000g\u0000o\u0000t", // NUL between the letters
      "you fag\u0000got",
      zalgo.toString()};
    for (String text : hidden) {
      Result r = post(CCCG, text);
      assertThat(r.findings()).as(text).extracting(Finding::category).contains("slur");
      assertThat(r.verdict()).as(text).isEqualTo(Verdict.BLOCK);
      Finding slur = r.findings().stream().filter(f -> f.category().equals("slur")).findFirst().orElseThrow();
      assertThat(slur.start()).isLessThan(slur.end());
      assertThat(slur.end()).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void charactersThatExpandUnderNfkcAreCheckedNotCrashed() {
    // each of these ended a check with ArrayIndexOutOfBoundsException (issue #8)
    for (String text : new String[] {"\uFDFA".repeat(15), "\uFB03".repeat(90), "\u01C6".repeat(300), "\u338F".repeat(130),
        "\u216B".repeat(100), "Peace be upon him \uFDFA. ".repeat(20)}) {
      assertThat(post(CCCG, text).verdict()).as(text).isNotNull();
    }
    String text = "\uFDFA".repeat(20) + " fuck off";
    Finding f = post(CCCG, text).findings().stream().filter(x -> x.category().equals("profanity")).findFirst().orElseThrow();
    assertThat(text.substring(f.start(), f.end())).isEqualTo("fuck");
  }

  @Test
  @Timeout(5)
  void aPatternThatExplodesBacktrackingRegexIsLinear() {
    String yaml = TestPacks.yaml("redos", """
        clauses:
          RX-1: { section: "1", kind: check, text: "No runs of a." }
        rules:
          - { id: redos, clause: RX-1, when: { detector: pattern, patterns: ["(a+)+$", "(a|aa)*c"], category: custom.a }, action: warn, say: "a" }
        """);
    Checker checker = Checker.of(PackLoader.parse(yaml, "redos.yaml"));
    String attack = "a".repeat(100_000) + "!";
    assertThat(checker.check(attack, CheckContext.of(TextKind.POST)).verdict()).isEqualTo(Verdict.PASS);
    assertThat(checker.check("aaaa", CheckContext.of(TextKind.POST)).verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void aBrokenPackIsRefusedWithEveryProblem() {
    assertThatThrownBy(() -> PackLoader.parse("pack: x\nrules: 5\n", "x.yaml"))
        .isInstanceOf(PackException.class)
        .satisfies(e -> assertThat(((PackException) e).problems()).hasSizeGreaterThan(3));
  }

  @Test
  @Clause({"AC-1", "AC-2", "AC-3"})
  void aThirdInstitutionsPackWorksWithoutNewCode() {
    assertThat(post(ACME, "those GRUMPY  G0AT fans").findings()).extracting(Finding::category).containsExactly("custom.rivalry");
    assertThat(post(ACME, "answers at homework-answers.example/maths").verdict()).isEqualTo(Verdict.BLOCK);
    Result tagged = post(ACME, "see TKT-12345");
    assertThat(tagged.verdict()).isEqualTo(Verdict.PASS);
    assertThat(tagged.findings()).extracting(Finding::rule).containsExactly("acme.ticket");
  }
}
