package org.steward.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.categories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.bench.DatasetCorpus;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * Folding a word list never turns a term into an everyday word (issue #8: the entry "xxx" folded to
 * "x" and blocked "Follow us on X"; "coons" with its doubles made single blocked "pros and cons" and
 * "nigger*" made single blocked "Nigeria"). Checked for every entry of every shipped pack's lexicon:
 * the built-in word lists, the pack's markers, authority phrases and its administrators' terms.
 */
@Clause({"CON-1", "CON-6", "CON-13"})
class LexiconCollisionTest {
  @Test
  void noSpellingTheEngineMakesUpIsAnEverydayWord() throws IOException {
    Set<String> everyday = everydayWords();
    List<String> problems = new ArrayList<>();
    for (PolicyPack pack : packs()) {
      Lexicon lexicon = DetectorRegistry.shipped().lexicon(pack.detectorConfig());
      for (int i = 0; i < lexicon.size(); i++) {
        LexiconEntry e = lexicon.entry(i);
        String core = e.term().substring(e.suffix() ? 1 : 0, e.term().length() - (e.prefix() ? 1 : 0));
        String written = Normaliser.normalise(core).toString();
        if (e.folded().replace(" ", "").length() < 2 && core.strip().length() > 1) {
          problems.add(pack.id() + ": '" + e.term() + "' folds to the single letter '" + e.folded() + "'");
        }
        if (e.folded().equals(written) || e.folded().indexOf('*') >= 0) {
          continue; // the term as written (or masked with stars, which no everyday word is)
        }
        if (everyday.contains(e.folded())) {
          problems.add(pack.id() + ": '" + e.term() + "' is also spelt '" + e.folded() + "', an everyday word");
        }
        for (String w : everyday) {
          boolean prefixClash = e.prefix() && w.startsWith(e.folded()) && !w.startsWith(written);
          boolean suffixClash = e.suffix() && w.endsWith(e.folded()) && !w.endsWith(written);
          if ((prefixClash || suffixClash) && !w.equals(e.folded()) && !lexiconAllows(lexicon, w)) {
            problems.add(pack.id() + ": '" + e.term() + "' is also spelt '" + e.folded() + "', which matches the everyday word '" + w + "'");
          }
        }
      }
    }
    assertThat(problems).as("add the word to lexicons/allow.txt, or change the term").isEmpty();
  }

  @Test
  void everydayWordsThatLookedLikeTermsPass() {
    assertThat(categories(CCCG, "Follow us on X")).isEmpty();
    assertThat(categories(CCCG, "x")).isEmpty();
    assertThat(categories(CCCG, "Happy birthday Mum, love you xxx")).doesNotContain("sexual"); // kisses
    assertThat(categories(CCCG, "Weighing the pros and cons of each course")).isEmpty();
    assertThat(categories(CCCG, "Our exchange students from Nigeria and Niger")).isEmpty();
    // and the terms themselves are still found, disguised or not
    assertThat(categories(CCCG, "free xxx videos here")).contains("sexual");
    assertThat(categories(CCCG, "free XXXX videos here")).contains("sexual");
    assertThat(categories(CCCG, "those coons")).contains("slur");
    assertThat(categories(CCCG, "n1gg3rs")).contains("slur");
  }

  private static final Set<String> ALLOWED = allowed();

  private static boolean lexiconAllows(Lexicon lexicon, String word) {
    return ALLOWED.contains(word);
  }

  private static Set<String> allowed() {
    Set<String> out = new HashSet<>();
    try (var in = LexiconCollisionTest.class.getResourceAsStream("/org/steward/engine/lexicons/allow.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Normaliser.normalise(line.strip()).toString());
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static List<PolicyPack> packs() {
    List<PolicyPack> packs = new ArrayList<>();
    packs.add(PolicyPacks.byId("cccg-policy").orElseThrow());
    packs.add(PolicyPacks.byId("staff-policy").orElseThrow());
    packs.add(PackLoader.load(Path.of("src/test/resources/packs/acme-academy.yaml")));
    return packs;
  }

  /** The hand-written list, plus every word used at least twice in the ordinary texts of the datasets (when present). */
  private static Set<String> everydayWords() throws IOException {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/lexicons/everyday-words.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add(line.strip());
      }
    }
    Optional<Path> datasets = DatasetCorpus.folder();
    if (datasets.isPresent()) {
      Map<String, Integer> counts = new HashMap<>();
      for (String text : DatasetCorpus.ordinaryTexts(datasets.get())) {
        for (String w : Normaliser.normalise(text).toString().split(" ")) {
          counts.merge(w, 1, Integer::sum);
        }
      }
      counts.forEach((w, c) -> {
        if (c >= 2 && !w.isEmpty()) {
          words.add(w);
        }
      });
    }
    return words;
  }
}
