package org.steward.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.engine.Checker;
import org.steward.engine.Checks;
import org.steward.engine.Clause;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * Runs the hand-written functional suite through the cccg-policy checker (word lists and the learned
 * model) and fails if any behaviour's pass rate drops below the minimum recorded in {@code
 * docs/quality.md} (the table between the {@code functional-suite} markers). Writes the full table,
 * with the word-list-only and model-only rates, to {@code target/functional-suite.md}.
 */
class FunctionalSuiteTest {
  static final Path DOC = Path.of("../docs/quality.md");
  static final String START = "<!-- functional-suite:start -->";
  static final String END = "<!-- functional-suite:end -->";

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void everyBehaviourKeepsItsRecordedPassRate() throws IOException {
    List<FunctionalSuite.Case> cases = FunctionalSuite.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    Checker engine = Checks.CCCG;
    Checker words = FunctionalSuite.wordListsOnly(pack);
    Map<String, int[]> withModel = FunctionalSuite.rates(cases, (t, scope) -> FunctionalSuite.flags(engine, t, scope));
    Map<String, int[]> wordLists = FunctionalSuite.rates(cases, (t, scope) -> FunctionalSuite.flags(words, t, scope));
    Map<String, int[]> modelOnly = FunctionalSuite.rates(cases, FunctionalSuite.modelOnly(pack, LearnedDetectors.shipped()));
    Files.createDirectories(Path.of("target"));
    Map<String, String> expect = new LinkedHashMap<>();
    cases.forEach(c -> expect.put(c.behaviour(), c.expect()));
    Files.writeString(Path.of("target/functional-suite.md"), table(expect, withModel, wordLists, modelOnly), StandardCharsets.UTF_8);
    StringBuilder failures = new StringBuilder();
    for (FunctionalSuite.Case c : cases) {
      var r = engine.check(c.text(), org.steward.engine.CheckContext.of(org.steward.engine.TextKind.POST));
      boolean flagged = r.findings().stream().anyMatch(f -> FunctionalSuite.isIn(c.scope(), f.category()));
      if (flagged != c.flag()) {
        failures.append(c.behaviour()).append('\t').append(c.flag() ? "missed" : "flagged").append('\t').append(c.text());
        r.findings().forEach(f -> failures.append("\t").append(f.rule()).append('=').append(String.format(Locale.ROOT, "%.2f", f.score())));
        failures.append('\n');
      }
    }
    Files.writeString(Path.of("target/functional-failures.tsv"), failures, StandardCharsets.UTF_8);

    Map<String, Double> minimum = recordedMinimums();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, int[]> e : withModel.entrySet()) {
      Double min = minimum.get(e.getKey());
      double rate = (double) e.getValue()[0] / e.getValue()[1];
      if (min == null) {
        problems.add(e.getKey() + ": no minimum recorded in docs/quality.md");
      } else if (rate + 1e-9 < min) {
        problems.add(String.format(Locale.ROOT, "%s: %.3f is below the recorded %.3f", e.getKey(), rate, min));
      }
    }
    Map<String, Integer> count = new LinkedHashMap<>();
    cases.forEach(c -> count.merge(c.behaviour(), 1, Integer::sum));
    for (String behaviour : count.keySet()) {
      if (!ISSUE_15_FLOORS.containsKey(behaviour)) {
        problems.add(behaviour + ": no issue #15 floor");
      }
    }
    for (Map.Entry<String, Double> floor : ISSUE_15_FLOORS.entrySet()) {
      int[] r = withModel.get(floor.getKey());
      if (r == null || count.get(floor.getKey()) < 40) {
        problems.add(floor.getKey() + ": issue #15 asks for at least 40 cases");
        continue;
      }
      boolean meets = (double) r[0] / r[1] + 1e-9 >= floor.getValue();
      if (!meets && !NOT_YET_MET.contains(floor.getKey())) {
        problems.add(String.format(Locale.ROOT, "%s: %.3f is below issue #15's floor %.2f", floor.getKey(), (double) r[0] / r[1], floor.getValue()));
      } else if (meets && NOT_YET_MET.contains(floor.getKey())) {
        problems.add(floor.getKey() + " now meets issue #15's floor: take it off NOT_YET_MET so that the floor holds");
      }
    }
    assertThat(problems).as("functional suite (see target/functional-suite.md)").isEmpty();
  }

  /**
   * Issue #15's floors, now that every behaviour has 40 cases or more: statements about groups and
   * everyday posts that name no one 95 % (identity, women, everyday); counter-speech, negation,
   * reclaimed and homonym uses, abuse of one person that is not hate, and targets that are not
   * protected groups or not people 80 %; every hateful behaviour 80 %. These hold whatever the
   * recorded rate, which may only be higher.
   */
  static final Map<String, Double> ISSUE_15_FLOORS = floors();

  private static Map<String, Double> floors() {
    Map<String, Double> f = new LinkedHashMap<>();
    for (String b : List.of("identity_neutral", "identity_positive", "identity_self", "women_neutral", "neutral_everyday")) {
      f.put(b, 0.95);
    }
    for (String b : List.of("counter_quote", "counter_reference", "negated_hate", "reclaimed", "homonym", "individual_abuse",
        "non_protected_target", "object_target", "profanity_not_aimed")) {
      f.put(b, 0.80);
    }
    for (String b : List.of("derogation", "dehumanising", "harassment", "implicit", "negated_positive", "opinion", "profanity_hate",
        "question", "sexism", "threat", "spell_char_added", "spell_char_missing", "spell_char_swap", "spell_leet", "spell_space_added",
        "spell_space_missing")) {
      f.put(b, 0.80);
    }
    return Map.copyOf(f);
  }

  /**
   * Behaviours below their issue #15 floor today (docs/quality.md says by how much and why): the
   * recorded minimum above still stops them falling, and the test fails as soon as one meets its
   * floor and is still listed, so the floor is enforced from then on.
   */
  static final java.util.Set<String> NOT_YET_MET = java.util.Set.of("identity_positive", "implicit", "sexism");

  @Test
  void noCaseIsAmongTheTrainingTemplates() throws IOException {
    java.util.Set<String> templates = new java.util.HashSet<>();
    assertThat(Templates.shipped()).hasSizeGreaterThan(1000);
    for (Example e : Templates.shipped()) {
      templates.add(org.steward.engine.text.Normaliser.normalise(e.text()).toString());
    }
    List<String> overlap = new ArrayList<>();
    for (FunctionalSuite.Case c : FunctionalSuite.load()) {
      if (templates.contains(org.steward.engine.text.Normaliser.normalise(c.text()).toString())) {
        overlap.add(c.text());
      }
    }
    assertThat(overlap).as("suite cases that the model was trained on").isEmpty();
  }

  static Map<String, Double> recordedMinimums() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    assertThat(s).as("docs/quality.md has the functional-suite table").isGreaterThanOrEqualTo(0);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : doc.substring(s, e).split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length < 6 || !cells[1].trim().startsWith("`")) {
        continue;
      }
      String behaviour = cells[1].trim().replace("`", "");
      out.put(behaviour, Double.parseDouble(cells[cells.length - 1].trim()));
    }
    return out;
  }

  /** The table for docs/quality.md; the minimum allows one case of slack (word lists change under the model too). */
  static String table(Map<String, String> expect, Map<String, int[]> engine, Map<String, int[]> words, Map<String, int[]> model) {
    StringBuilder b = new StringBuilder();
    b.append("| behaviour | expect | cases | word lists only | model only | engine with model | minimum |\n");
    b.append("|---|---|---:|---:|---:|---:|---:|\n");
    int[] tot = new int[4];
    for (String k : engine.keySet()) {
      int n = engine.get(k)[1];
      tot[0] += n;
      tot[1] += words.get(k)[0];
      tot[2] += model.get(k)[0];
      tot[3] += engine.get(k)[0];
      double rate = (double) engine.get(k)[0] / n;
      double minimum = Math.max(0, Math.floor((engine.get(k)[0] - 1) * 100.0 / n) / 100);
      b.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %.2f | %.2f | %.2f | %.2f |%n", k, expect.get(k), n, (double) words.get(k)[0] / n,
          (double) model.get(k)[0] / n, rate, minimum));
    }
    b.append(String.format(Locale.ROOT, "| all | | %d | %.2f | %.2f | %.2f | |%n", tot[0], (double) tot[1] / tot[0],
        (double) tot[2] / tot[0], (double) tot[3] / tot[0]));
    return b.toString();
  }
}
