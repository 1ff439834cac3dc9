package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountFacts;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.Media;
import org.steward.engine.PeopleDirectory;
import org.steward.engine.Person;
import org.steward.engine.TestPacks;
import org.steward.engine.TextKind;
import org.steward.engine.bench.DatasetCorpus;
import org.steward.engine.learn.FunctionalSuite;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.pack.PackException;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.text.Lexicon;

class DetectorRegistryTest {
  private static DetectorSpec spec(String name) {
    return DetectorSpec.of(name, "test", List.of(name), (c, l) -> named(name));
  }

  private static Detector named(String name) {
    return new Detector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void detect(Inspection text, SignalSink out) {}
    };
  }

  @Test
  void theLearnedSlotRunsAfterEveryDetectorWhoseFindingsItReads() {
    List<String> order = DetectorRegistry.shipped().names();
    DetectorSpec learned = DetectorRegistry.shipped().spec("learned").orElseThrow();
    assertThat(learned.isSlot()).isTrue();
    assertThat(learned.dependsOn()).contains("profanity", "hate", "harassment", "threat", "sexism", "tone", "lexicon");
    for (String d : learned.dependsOn()) {
      assertThat(order.indexOf(d)).as(d).isLessThan(order.indexOf("learned"));
    }
  }

  @Test
  void orderComesFromTheDeclaredDependenciesNotFromTheDeclarationOrder() {
    DetectorRegistry r = DetectorRegistry.of(List.of(spec("model").dependsOn("words", "names"), spec("words"), spec("names"), spec("links")));
    assertThat(r.names()).containsExactly("words", "names", "model", "links");
  }

  @Test
  void refusesCirclesUnknownDependenciesAndTwoDetectorsOfOneName() {
    assertThatThrownBy(() -> DetectorRegistry.of(List.of(spec("a").dependsOn("b"), spec("b").dependsOn("a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circle");
    assertThatThrownBy(() -> DetectorRegistry.of(List.of(spec("a").dependsOn("nobody"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    assertThatThrownBy(() -> DetectorRegistry.of(List.of(spec("a"), spec("a")))).hasMessageContaining("two detectors");
    assertThatThrownBy(() -> spec("a").dependsOn("a")).hasMessageContaining("itself");
  }

  @Test
  void givenDetectorsFillSlotsOrReplaceTheirNamesakeAndTheRestRunLast() {
    DetectorRegistry r = DetectorRegistry.of(List.of(spec("words"), DetectorSpec.slot("model", "test", List.of("hate")).dependsOn("words"),
        spec("links")));
    Lexicon lexicon = r.lexicon(DetectorConfig.empty());
    assertThat(r.create(DetectorConfig.empty(), lexicon, List.of())).extracting(Detector::name).containsExactly("words", "links");
    Detector model = named("model");
    Detector words = named("words");
    Detector extra = named("extra");
    List<Detector> built = r.create(DetectorConfig.empty(), lexicon, List.of(extra, model, words));
    assertThat(built).extracting(Detector::name).containsExactly("words", "model", "links", "extra");
    assertThat(built.subList(0, 2)).containsExactly(words, model);
    DetectorSpec wrong = DetectorSpec.of("a", "test", List.of(), (c, l) -> named("b"));
    assertThatThrownBy(() -> DetectorRegistry.of(List.of(wrong)).create(DetectorConfig.empty(), lexicon, List.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRegisteredDetectorCanBeNamedByAPackAndRuns() {
    String yaml = TestPacks.yaml("extra-pack", """
        clauses:
          CON-1: { section: "1", text: "No shouting.", kind: check }
        rules:
          - { id: shout, clause: CON-1, on: [post], when: { detector: shouting }, action: warn, say: "Please do not shout." }
        """);
    assertThatThrownBy(() -> PackLoader.parse(yaml, "extra.yaml")).isInstanceOf(PackException.class).hasMessageContaining("'shouting' is not a detector");
    DetectorSpec shouting = DetectorSpec.of("shouting", "Texts in capitals.", List.of("shouting"), (c, l) -> new Detector() {
      @Override
      public String name() {
        return "shouting";
      }

      @Override
      public void detect(Inspection text, SignalSink out) {
        if (text.letters() > 3 && text.uppers() == text.letters()) {
          out.signal("shouting", 0, text.original().length(), 1.0);
        }
      }
    });
    DetectorRegistry registry = DetectorRegistry.shipped().with(shouting);
    PolicyPack pack = PackLoader.parse(yaml, "extra.yaml", registry);
    Checker checker = Checker.of(pack, registry, List.of());
    assertThat(checker.check("STOP THAT NOW", CheckContext.of(TextKind.POST)).findings()).extracting(Finding::rule).containsExactly("shout");
    assertThat(checker.check("Stop that now", CheckContext.of(TextKind.POST)).findings()).isEmpty();
  }

  /** Texts that make every shipped detector speak: abuse, personal data, links, the directory, media and accounts. */
  private static List<String> texts() throws java.io.IOException {
    List<String> texts = new ArrayList<>();
    for (FunctionalSuite.Case c : FunctionalSuite.load()) {
      texts.add(c.text());
    }
    texts.addAll(List.of("mail jo@example.com or call 07700 900123, SW1A 1AA, AB 12 34 56 C, 4111 1111 1111 1111",
        "sort code 12-34-56 account 12345678, GB82 WEST 1234 5698 7654 32, 123-45-6789, 10.0.0.1, born 12/03/2009",
        "221b Baker Street, STU12345, Jamie Smith is a thief, Mr Patel stole it, CONFIDENTIAL: do not share",
        "fight in the canteen, police came; vote Labour; the al qaeda videos; bit.ly/x and http://examp1e.ac.uk/a.exe",
        "On behalf of the college we confirm. YOU ARE AN IDIOT!!! xxx videos here. TKT-12345", "custom grumpy goat",
        "i want to kill myself", "dm me, how old are you? don't tell your parents, let's meet up",
        "Mr Patel is a clown and Barnet College is a joke", "join National Action, they are the only ones fighting back",
        "#openeveningatcityandislington click here \uD83C\uDF89\uD83C\uDF89\uD83C\uDF89\uD83C\uDF89 OPEN EVENING THIS FRIDAY NIGHT"));
    DatasetCorpus.folder().ifPresent(f -> texts.addAll(DatasetCorpus.sources(f).subList(0, 10_000)));
    return texts;
  }

  @Test
  void everyShippedDetectorReportsOnlyTheCategoriesItDeclares() throws java.io.IOException {
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    DetectorRegistry registry = DetectorRegistry.shipped();
    DetectorSuite suite = DetectorSuite.of(registry, pack.detectorConfig(), LearnedDetectors.forPack(pack, LearnedDetectors.shipped()));
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    Inspection inspection = new Inspection(suite.lexicon());
    CheckContext ctx = CheckContext.of(TextKind.BIO).withAccount(AccountKind.PERSONAL, "staff").withRequiredTags(List.of("@CapitalCCG"))
        .withDirectory(PeopleDirectory.of(List.of(Person.learner("Jamie Smith"))))
        .withMedia(List.of(new Media("a.jpg", false, 1, 1), Media.image("b.jpg", "")));
    for (String text : texts()) {
      inspection.reset(text, ctx);
      run(suite, registry, inspection, seen);
    }
    inspection.resetAccount(new AccountFacts(AccountKind.OFFICIAL, "staff", 1, true, true, List.of("x"), List.of("@l"),
        "me@capitalccg.ac.uk"), ctx);
    run(suite, registry, inspection, seen);
    // every detector said something but those this pack gives nothing to look for: no custom rules, no id formats
    Set<String> silent = new TreeSet<>(registry.names());
    silent.removeAll(seen.keySet());
    assertThat(silent).containsExactlyInAnyOrder("lexicon", "pattern", "pii.id");
  }

  private static void run(DetectorSuite suite, DetectorRegistry registry, Inspection inspection, Map<String, Set<String>> seen) {
    for (Detector d : suite.detectors()) {
      DetectorSpec spec = registry.spec(d.name()).orElseThrow();
      d.detect(inspection, new SignalSink() {
        @Override
        public void signal(String category, int start, int end, double score) {
          record(category);
        }

        @Override
        public void signal(String category, int start, int end, double score, String evidence) {
          record(category);
        }

        @Override
        public void signalForRule(String ruleId, String category, int start, int end, double score) {
          record(category);
        }

        private void record(String category) {
          assertThat(spec.emits(category)).as("%s reports %s, which it does not declare", d.name(), category).isTrue();
          seen.computeIfAbsent(d.name(), k -> new TreeSet<>()).add(category);
        }
      });
    }
  }
}
