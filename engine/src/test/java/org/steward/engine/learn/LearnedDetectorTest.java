package org.steward.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.TestPacks;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;

/** The shipped model behind the detector interface, in the shipped packs. */
class LearnedDetectorTest {
  static Result post(Checker c, String text) {
    return c.check(text, CheckContext.of(TextKind.POST));
  }

  static List<Finding> learned(Checker c, String text) {
    return post(c, text).findings().stream().filter(f -> f.rule().endsWith("-learned")).toList();
  }

  /** A pack with the learned rules only, so these tests do not depend on the word lists. */
  static final Checker ONLY_LEARNED = Checker.of(TestPacks.parse("only-learned", """
      clauses:
        CON-1: { section: "1", kind: check, text: "hate" }
      rules:
        - id: t.hate-learned
          clause: CON-1
          when: { detector: learned, categories: [hate], min-score: 0.45 }
          action: review
          say: "s"
      """));

  @Test
  @Clause("CON-1")
  void catchesHateWithoutASwearWordAndNamesTheTarget() {
    List<Finding> f = learned(ONLY_LEARNED, "Muslims should not be allowed to vote");
    assertThat(f).extracting(Finding::category).contains("hate.religion");
    Finding hate = f.stream().filter(x -> x.category().startsWith("hate")).findFirst().orElseThrow();
    assertThat(hate.clause()).isEqualTo("CON-1");
    assertThat(hate.score()).isBetween(0.45, 1.0);
    assertThat(hate.evidence()).startsWith("words that weighed most: ").contains("\"");
  }

  @Test
  @Clause("CON-1")
  void identityTermsInNeutralStatementsPass() {
    for (String text : new String[] {"I'm a gay teacher", "Muslims are welcome here", "Our Jewish learners run the chess club"}) {
      assertThat(learned(CCCG, text)).as(text).isEmpty();
    }
  }

  @Test
  @Clause("CON-1")
  void sexismWithoutSlursIsFlagged() {
    assertThat(post(CCCG, "Women are too emotional to be managers").findings()).extracting(Finding::category)
        .anyMatch(c -> c.equals("sexism") || c.startsWith("hate"));
  }

  @Test
  @Clause("CON-2")
  void threatsAndHarassmentAimedAtSomeone() {
    assertThat(post(CCCG, "I know where you live and I'm coming for you").findings()).extracting(Finding::category)
        .anyMatch(c -> c.equals("threat") || c.equals("harassment"));
  }

  @Test
  @Clause({"CON-1", "CON-13"})
  void theWordListsFindingIsNotRepeated() {
    // the word lists already report hate here: the model adds nothing of the same family
    List<Finding> all = post(CCCG, "immigrants are vermin").findings();
    assertThat(all.stream().filter(f -> f.category().startsWith("hate")).count()).isEqualTo(1);
  }

  @Test
  @Clause("CON-1")
  void thresholdsArePerRuleInThePack() {
    String rules = TestPacks.yaml("t", """
        clauses:
          XT-1: { section: "1", kind: check, text: "t" }
        rules:
          - id: strict
            clause: XT-1
            when: { detector: learned, categories: [hate], min-score: %s }
            action: review
            say: "s"
        """);
    PolicyPack lax = PackLoader.parse(rules.formatted("0.3"), "lax.yaml");
    PolicyPack strict = PackLoader.parse(rules.formatted("0.999"), "strict.yaml");
    String text = "Refugees are parasites who should go back where they came from";
    assertThat(learned2(Checker.of(lax), text)).isNotEmpty();
    assertThat(learned2(Checker.of(strict), text)).isEmpty();
  }

  private static List<Finding> learned2(Checker c, String text) {
    return post(c, text).findings();
  }

  @Test
  @Clause("CON-1")
  void aConfidentModelOverrulesWordListHateOnCounterSpeech() {
    PolicyPack pack = org.steward.engine.pack.PolicyPacks.byId("cccg-policy").orElseThrow();
    assertThat(pack.settings().integer(LearnedDetectors.OVERRULE_SETTING, 0)).isEqualTo(30);
    double[] floor = {0.45, 0.6, 0.6, 0.45, 0.7};
    Checker noOverrule = Checker.of(pack, List.of(new LearnedDetector(LearnedDetectors.shipped(), floor)));
    // Since issue #15 the word lists themselves excuse reported and negated claims (detect.Stance), so
    // these pass with or without the overrule.
    for (String text : new String[] {"Posting that immigrants are vermin is unacceptable", "Refugees are not vermin, they are families"}) {
      assertThat(post(noOverrule, text).findings()).as(text).extracting(Finding::category).noneMatch(c -> c.startsWith("hate"));
      assertThat(post(CCCG, text).findings()).as(text).extracting(Finding::category).noneMatch(c -> c.startsWith("hate"));
    }
    // the hateful sentence itself is kept
    assertThat(post(CCCG, "immigrants are vermin").findings()).extracting(Finding::category).contains("hate.origin");
  }

  @Test
  void aPackWithoutLearnedRulesDoesNotLoadTheModel() {
    PolicyPack p = TestPacks.parse("p", """
        clauses:
          XT-1: { section: "1", kind: check, text: "t" }
        rules:
          - id: p
            clause: XT-1
            when: { detector: profanity }
            action: warn
            say: "s"
        """);
    assertThat(LearnedDetectors.wanted(p)).isFalse();
    assertThat(LearnedDetectors.defaultsFor(p, List.of())).isEmpty();
  }

  @Test
  void anotherModelReplacesTheShippedOne() {
    PolicyPack pack = org.steward.engine.pack.PolicyPacks.byId("cccg-policy").orElseThrow();
    Checker off = Checker.of(pack, List.of(LearnedDetectors.off()));
    assertThat(learned(off, "Muslims should not be allowed to vote")).isEmpty();
  }

  private static final String ORDINARY = "The library opens at nine on Saturday for revision sessions. Our catering students served"
      + " lunch to two hundred guests at the awards evening. Enrolment for the spring courses closes at the end of next week."
      + " The football team won their away match against Barnet on Wednesday afternoon. Please remember to bring your"
      + " identity badge to every class and exam.\n";

  @Test
  @Clause("CON-1")
  void aHatefulSentenceInsideMegabytesOfOrdinaryTextIsFoundWithItsSpan() {
    // Padding used to hide it: on 1 MB and 5 MB texts the learned rules found nothing (issue #8).
    String sentence = "We would all be safer without Muslims in this country";
    assertThat(learned(CCCG, sentence + ".")).extracting(Finding::category).containsExactly("hate.religion");
    for (int megabytes : new int[] {1, 5}) {
      int half = megabytes * 1_000_000 / ORDINARY.length() / 2;
      String text = ORDINARY.repeat(half) + sentence + ". " + ORDINARY.repeat(half);
      List<Finding> found = learned(CCCG, text);
      assertThat(found).as("%d MB", megabytes).extracting(Finding::category).containsExactly("hate.religion");
      Finding f = found.get(0);
      assertThat(text.substring(f.start(), f.end())).isEqualTo(sentence);
      assertThat(f.evidence()).contains("Muslims");
      // and the same pages without it raise nothing
      assertThat(learned(CCCG, ORDINARY.repeat(2 * half))).as("%d MB of ordinary text", megabytes).isEmpty();
    }
  }

  @Test
  void aLongSentenceWithNoEndIsScoredInOverlappingSpans() {
    String padding = "and then we walked along the river and talked about the weather ";
    String phrase = "women should never have been given the vote";
    for (int shift = 0; shift < 4; shift++) { // wherever the phrase falls among the windows
      String text = padding.repeat(400 + shift) + phrase + " " + padding.repeat(400);
      List<Finding> found = learned(CCCG, text);
      assertThat(found).extracting(Finding::category).contains("sexism");
      Finding f = found.get(0);
      int at = text.indexOf(phrase);
      assertThat(f.start()).isLessThanOrEqualTo(at + 6); // the window holds the phrase, give or take a word
      assertThat(f.end()).isGreaterThanOrEqualTo(at + phrase.length() - 9);
      assertThat(f.end() - f.start()).isLessThan(100); // twelve words, not the page
    }
  }

  @Test
  void paddingNeverWithdrawsTheWordListsFindings() {
    // the model's overrule read the padding, not the flagged words, and withdrew the finding
    String padding = "and then we walked along the river and talked about the weather ";
    String text = padding.repeat(400) + "never trust a muslim " + padding.repeat(400);
    assertThat(post(CCCG, text).findings()).extracting(Finding::category).anyMatch(c -> c.startsWith("hate"));
  }

  private static String target(String text, int fromWord) {
    org.steward.engine.pack.PolicyPack pack = org.steward.engine.pack.PolicyPacks.byId("cccg-policy").orElseThrow();
    org.steward.engine.detect.Inspection inspection = new org.steward.engine.detect.Inspection(
        org.steward.engine.detect.DetectorRegistry.shipped().lexicon(pack.detectorConfig()));
    inspection.reset(text, CheckContext.of(TextKind.POST));
    String folded = inspection.folded().toString();
    int from = 0;
    for (int w = 0; w < fromWord; w++) {
      from = folded.indexOf(' ', from) + 1;
    }
    return LearnedDetector.target(inspection, from, folded.length());
  }

  @Test
  void theTargetGroupComesFromTheLexiconHitsOfTheText() {
    assertThat(target("Gay people should be banned from teaching", 0)).isEqualTo(".lgbt");
    assertThat(target("The BLIND should stay at home", 0)).isEqualTo(".disability");
    assertThat(target("Muslims and Mexicans ruin everything", 0)).isEqualTo(".religion"); // the first group named
    assertThat(target("Muslims and Mexicans ruin everything", 2)).isEqualTo(".origin"); // within a window
    assertThat(target("Those f4ggots again", 0)).isEqualTo(".lgbt"); // a disguised slur names its group too
    // "people" names no group (it used to name disability: the old word map split "disabled people" into words)
    assertThat(target("Those people are a plague on this town", 0)).isEmpty();
  }
}
