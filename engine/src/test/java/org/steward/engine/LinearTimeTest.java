package org.steward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.detect.DetectorSuite;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;

/**
 * Every detector and the normaliser take time linear in the text (issue #8: any learner may send
 * 1 MiB). For each detector, one family of hostile text made of its own anchors and separators
 * repeated ("a." for links, "n@zi" for e-mail, a run of stars for the leet pass…): eight times the
 * text must cost less than three times eight times the time. A quadratic step costs 64 times.
 *
 * <p>The text goes through the whole checker with the {@code hostile-text} test pack, which turns
 * on every text detector (and the learned model) for every kind of text, with a directory, required
 * tags, id patterns and administrator patterns, so each family also crosses the normaliser, the
 * word lists and every other detector. Timings are CPU time of the test's thread (other builds on a
 * shared machine do not count), the best of several runs after a warm-up, on texts large enough
 * (16 K and 128 K characters) that the clock's noise does not count.
 */
class LinearTimeTest {
  private static final int SMALL = 16 * 1024;
  private static final int FACTOR = 8;
  private static final int MARGIN = 3;
  /** Below this a measurement is mostly the clock's noise. */
  private static final long FLOOR_NANOS = 200_000;
  private static final PolicyPack PACK = PackLoader.load(Path.of("src/test/resources/packs/hostile-text.yaml"));
  private static final Checker HOSTILE = Checker.of(PACK);
  private static final DetectorSuite SUITE =
      DetectorSuite.of(DetectorRegistry.shipped(), PACK.detectorConfig(), LearnedDetectors.defaultsFor(PACK, List.of()));
  private static final CountingSink SINK = new CountingSink();
  private static final CheckContext CONTEXT = CheckContext.of(TextKind.POST)
      .withDirectory(PeopleDirectory.of(List.of(Person.learner("Jamie Smith"), Person.staff("Priya Patel"))));

  /** Hostile text for {@code detector} ("normaliser": the folding pass and the word lists' scan). */
  record Family(String name, String detector, IntFunction<String> text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Family repeat(String name, String detector, String unit) {
    return new Family(name, detector, n -> unit.repeat(Math.max(1, n / unit.length())));
  }

  /** One word of {@code n} characters: {@code head}, then {@code fill} repeated, then {@code tail}. */
  private static Family word(String name, String detector, String head, String fill, String tail) {
    return new Family(name, detector, n -> head + fill.repeat(Math.max(1, (n - head.length() - tail.length()) / fill.length())) + tail);
  }

  static Stream<Family> families() {
    return Stream.of(
        // the normaliser's passes
        word("normaliser: one run of masking stars (f****…k)", "normaliser", "f", "*", "k"),
        repeat("normaliser: masked words (f**k)", "normaliser", "f**k "),
        repeat("normaliser: leetspeak (a1b2)", "normaliser", "a1b2c3d4 "),
        repeat("normaliser: spaced letters (f u c k)", "normaliser", "f u c k "),
        repeat("normaliser: characters that expand under NFKC (U+FDFA)", "normaliser", "\uFDFA\uFB03\u01C6\u338F\u216B "),
        repeat("normaliser: right-to-left overrides", "normaliser", "\u202Ekcuf\u202C "),
        new Family("normaliser: one right-to-left override over the whole text", "normaliser", n -> "\u202E" + "kcuf flesruoy llik ".repeat(n / 19)),
        repeat("normaliser: combining marks and controls", "normaliser", "f\u0345\u0301\u0000u\u0489c\u200Bk "),
        word("normaliser: one repeated letter (xxx…)", "normaliser", "", "x", ""),
        repeat("normaliser: emoji and surrogates", "normaliser", "\uD83D\uDE00\uD800a\uDC00 "),
        // word lists and the detectors that read them
        word("lexicon: a prefix entry inside one long word (fuckfuck…)", "profanity", "", "fuck", ""),
        word("lexicon: a both-ways entry (*goat*) inside one long word", "lexicon", "", "goat", ""),
        word("lexicon: a suffix entry (*phobe) inside one long word", "lexicon", "", "phobe", ""),
        repeat("profanity", "profanity", "fuck shit "),
        repeat("hate", "hate", "muslims are vermin "),
        repeat("normaliser: misspelt words of abuse (respelling)", "normaliser", "immigrnats are vemrin verminn stu pid "),
        repeat("normaliser: words run together (respelling)", "normaliser", "ihatemuslimsareviolent "),
        repeat("harassment", "harassment", "you idiot "),
        repeat("threat", "threat", "i will kill you "),
        repeat("sexism", "sexism", "women are too emotional "),
        repeat("tone", "tone", "YOU IDIOT!!! "),
        repeat("sexual", "sexual", "porn xxx "),
        repeat("confidential", "confidential", "internal only "),
        repeat("incident", "incident", "fight in the canteen "),
        repeat("political", "political", "vote labour "),
        repeat("extremism", "extremism", "isis "),
        repeat("extremism: support near names", "extremism", "join National Action long live ISIS heroes "),
        repeat("extremism: endorsements with one name", "extremism", "join support hail heroes "),
        new Family("extremism: one name, endorsements after it", "extremism", n -> "ISIS " + "never join the news ".repeat(n / 20)),
        repeat("extremism: acronyms and titled names", "extremism", "IRA The Base PKK "),
        repeat("accessibility: hashtags to split", "accessibility", "#openeveningatcityandislington "),
        word("accessibility: one endless hashtag", "accessibility", "#", "openevening", ""),
        repeat("accessibility: hashtags of one letter run", "accessibility", "#aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "),
        repeat("accessibility: emoji and joiners", "accessibility", "\uD83C\uDF89\u200D\uD83D\uDC69\uD83C\uDFFD\uD83C\uDDEC\uD83C\uDDE7 "),
        repeat("accessibility: capitals", "accessibility", "OPEN EVENING I A 10 "),
        repeat("accessibility: link phrases", "accessibility", "click here "),
        repeat("mockery: named people", "mockery", "Mr Patel is a clown @jsmith is an idiot Priya Patel is a muppet "),
        repeat("mockery: capitalised words before insults", "mockery", "Aa Bb Cc Dd Ee idiot "),
        repeat("mockery: institutions", "mockery", "Barnet College is a joke "),
        repeat("mockery: directory names", "mockery", "Jamie Smith is useless "),
        repeat("link: archives on unknown hosts", "link", "http://a.top/b.zip "),
        repeat("safeguarding.self-harm", "safeguarding.self-harm", "i want to kill myself "),
        repeat("safeguarding.self-harm: negated and quoted", "safeguarding.self-harm", "i don't \"want to die\" ever "),
        repeat("safeguarding.self-harm: sentence ends", "safeguarding.self-harm", "i cant go on "),
        repeat("safeguarding.grooming", "safeguarding.grooming", "dm me how old are you don't tell your parents "),
        repeat("safeguarding.grooming: negations", "safeguarding.grooming", "never never meet up "),
        repeat("authority", "authority", "on behalf of the college "),
        repeat("lexicon rules (grumpy goat)", "lexicon", "grumpy goat "),
        repeat("pii.name", "pii.name", "Jamie Smith "),
        repeat("defamation (directory names)", "defamation", "thief Jamie Smith "),
        repeat("defamation (titles)", "defamation", "Mr Patel is a liar "),
        // personal data
        repeat("pii.email: n@zi repeated", "pii.email", "n@zi"),
        repeat("pii.email: a@b. repeated", "pii.email", "a@b."),
        repeat("pii.email: addresses", "pii.email", "jo@example.com "),
        repeat("pii.phone", "pii.phone", "020 7946 0018 "),
        repeat("pii.phone: one digit run (1 1 1 …)", "pii.phone", "1 "),
        repeat("pii.postcode", "pii.postcode", "SW1A 1AA "),
        repeat("pii.postcode: anchors (A1A1)", "pii.postcode", "A1A1"),
        repeat("pii.nino", "pii.nino", "AB123456C "),
        repeat("pii.nino: anchors (AB1)", "pii.nino", "AB1 "),
        repeat("pii.card", "pii.card", "4111 1111 1111 1111 "),
        repeat("pii.bank", "pii.bank", "12-34-56 12345678 "),
        repeat("pii.iban", "pii.iban", "GB82WEST12345698765432 "),
        repeat("pii.iban: anchors (GB12)", "pii.iban", "GB12 "),
        repeat("pii.ssn", "pii.ssn", "123-45-6789 "),
        repeat("pii.ip: v4 (1.1.1.1.)", "pii.ip", "1.1.1.1."),
        repeat("pii.ip: v6 (a:b::)", "pii.ip", "a:b::"),
        repeat("pii.dob", "pii.dob", "born 01/02/2003 "),
        new Family("pii.dob: cues before one digit run", "pii.dob", n -> "dob born ".repeat(4) + "1".repeat(n)),
        repeat("pii.address", "pii.address", "12 Baker Street "),
        repeat("pii.address: corner of", "pii.address", "the corner of 1 "),
        repeat("pii.address: street prefixes", "pii.address", "avenue via rue 1 "),
        repeat("pii.address: number name number", "pii.address", "12 Allika 46\n"),
        repeat("pii.address: state and zip", "pii.address", "IL 62704 "),
        repeat("pii.id", "pii.id", "ACME123456 S-1234-AB "),
        repeat("pattern rules", "pattern", "TKT-12345 aaaa xxxx"),
        // links and required elements
        repeat("link: a.a.a…", "link", "a."),
        repeat("link: urls", "link", "https://a.b/c.exe?x "),
        repeat("link: lookalikes", "link", "www.acrne.example xn--a.com "),
        repeat("link: ideographic full stops", "link", "a\u3002b\u3002"),
        repeat("required.tag: near misses", "required.tag", "@AcmeAcadem #acm "),
        repeat("required.personal: near misses", "required.personal", "personal view work a "),
        repeat("required.affiliation: near misses", "required.affiliation", "personal view work a "),
        repeat("required.disclaimer: near misses", "required.disclaimer", "personal view work a "),
        // the learned model: one sentence with no end, and many short ones
        repeat("learned: one endless sentence", "learned", "you people are "),
        repeat("learned: many sentences", "learned", "They are vermin. "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  @Timeout(60)
  void eightTimesTheTextCostsAtMostEightTimesTheTime(Family family) {
    String small = family.text().apply(SMALL);
    String big = family.text().apply(SMALL * FACTOR);
    Detector detector = family.detector().equals("normaliser") ? null : detector(family.detector());
    Inspection inspection = new Inspection(SUITE.lexicon());
    for (int i = 0; i < 2; i++) { // warm up
      time(detector, inspection, small);
      HOSTILE.check(small, CONTEXT);
    }
    // The machine is shared: noise only ever slows a run down, so a measurement that fails is taken
    // again (up to three rounds) before the test fails. A quadratic step fails every round.
    for (int round = 1; ; round++) {
      // the detector alone (or the normaliser and the word lists' scan), where a quadratic step stands out
      long smallNanos = Long.MAX_VALUE;
      long bigNanos = Long.MAX_VALUE;
      for (int i = 0; i < 4; i++) {
        smallNanos = Math.min(smallNanos, time(detector, inspection, small));
      }
      for (int i = 0; i < 2; i++) {
        bigNanos = Math.min(bigNanos, time(detector, inspection, big));
      }
      // and the whole checker, every detector on
      long smallCheck = best(small, 2);
      long bigCheck = best(big, 2);
      if ((bigNanos < allowed(smallNanos) && bigCheck < allowed(smallCheck)) || round == 3) {
        assertLinear(family + " (" + family.detector() + " alone)", small, big, smallNanos, bigNanos);
        assertLinear(family + " (whole check)", small, big, smallCheck, bigCheck);
        return;
      }
    }
  }

  private static long allowed(long smallNanos) {
    return (long) FACTOR * MARGIN * Math.max(smallNanos, FLOOR_NANOS);
  }

  private static void assertLinear(String what, String small, String big, long smallNanos, long bigNanos) {
    long allowed = allowed(smallNanos);
    assertThat(bigNanos)
        .as("%s: %,d chars took %.2f ms, %,d chars took %.2f ms (at most %.2f ms allowed)", what, small.length(), smallNanos / 1e6,
            big.length(), bigNanos / 1e6, allowed / 1e6)
        .isLessThan(allowed);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Times, in CPU time of this thread (what other builds on the machine take is not counted), the
   * detector on a prepared text, or the preparation itself (folding and word lists) when {@code
   * detector} is null.
   */
  private static long time(Detector detector, Inspection inspection, String text) {
    if (detector == null) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      inspection.reset(text, CONTEXT);
      return THREADS.getCurrentThreadCpuTime() - t0;
    }
    if (inspection.original() != text) {
      inspection.reset(text, CONTEXT);
      detector.detect(inspection, SINK); // its lazy caches (digit runs) are timed in the whole check
    }
    long t0 = THREADS.getCurrentThreadCpuTime();
    detector.detect(inspection, SINK);
    return THREADS.getCurrentThreadCpuTime() - t0;
  }

  private static Detector detector(String name) {
    for (Detector d : SUITE.detectors()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no detector " + name);
  }

  private static long best(String text, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      HOSTILE.check(text, CONTEXT);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }

  /** Counts signals, so the detectors' work is not optimised away. */
  private static final class CountingSink implements SignalSink {
    long signals;

    @Override
    public void signal(String category, int start, int end, double score) {
      signals++;
    }

    @Override
    public void signal(String category, int start, int end, double score, String evidence) {
      signals++;
    }

    @Override
    public void signalForRule(String ruleId, String category, int start, int end, double score) {
      signals++;
    }
  }
}
