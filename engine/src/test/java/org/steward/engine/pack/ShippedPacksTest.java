package org.steward.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped packs carry every clause of the requirements catalogue, and every checked clause has a rule. */
class ShippedPacksTest {
  /** The 60 clause ids of REQUIREMENTS.md, kept here so the test runs without ../shared. */
  static final List<String> CATALOGUE = List.of(
      "DOC-1", "DOC-2", "DOC-3", "DOC-4", "DOC-5", "DOC-6", "DOC-7", "DOC-8",
      "CON-1", "CON-2", "CON-3", "CON-4", "CON-5", "CON-6", "CON-7", "CON-8", "CON-9", "CON-10", "CON-11",
      "CON-12", "CON-13", "CON-14",
      "ACC-1", "ACC-2", "ACC-3", "ACC-4", "ACC-5", "ACC-6", "ACC-7", "ACC-8", "ACC-9", "ACC-10", "ACC-11",
      "ACC-12", "ACC-13", "ACC-14", "ACC-15",
      "PER-1", "PER-2", "PER-3", "PER-4", "PER-5", "PER-6", "PER-7", "PER-8", "PER-9",
      "SAF-1", "SAF-2", "SAF-3", "SAF-4", "SAF-5", "SAF-6", "SAF-7", "SAF-8",
      "GDE-1", "GDE-2", "GDE-3", "GDE-4", "GDE-5", "GDE-6");

  /** Clauses an institution adds to its own pack that are not in the source policy (accessibility, issue #11). */
  static final String INSTITUTION_ADDED = "INS-";

  @Test
  void everyCatalogueClauseIsInAShippedPack() {
    Set<String> shipped = new TreeSet<>();
    PolicyPacks.builtIn().forEach(p -> p.clauses().forEach(c -> shipped.add(c.id())));
    assertThat(CATALOGUE).hasSize(60);
    // besides the catalogue, only clauses the institution added itself, labelled as such (INS-, section "institution-added")
    shipped.removeIf(id -> id.startsWith(INSTITUTION_ADDED));
    assertThat(shipped).containsExactlyInAnyOrderElementsOf(CATALOGUE);
    PolicyPacks.builtIn().forEach(p -> p.clauses().stream().filter(c -> c.id().startsWith(INSTITUTION_ADDED))
        .forEach(c -> assertThat(c.section()).as(p.id() + " " + c.id()).isEqualTo("institution-added")));
  }

  @Test
  void everyClauseHasSectionAndTextAndEveryCheckHasARule() {
    for (PolicyPack pack : PolicyPacks.builtIn()) {
      for (PolicyClause c : pack.clauses()) {
        assertThat(c.section()).as(pack.id() + " " + c.id()).isNotBlank();
        assertThat(c.text()).as(pack.id() + " " + c.id()).hasSizeGreaterThan(20);
        if (c.isChecked()) {
          assertThat(pack.rulesFor(c.id())).as(pack.id() + " " + c.id() + " rules").isNotEmpty();
        } else {
          assertThat(pack.workflowsFor(c.id())).as(pack.id() + " " + c.id() + " workflows").isNotEmpty();
        }
      }
    }
  }

  @Test
  void catalogueMatchesRequirementsWhenTheSharedFolderIsPresent() throws IOException {
    Path requirements = Path.of("../../shared/REQUIREMENTS.md");
    Assumptions.assumeTrue(Files.exists(requirements),
        "skipped: ../shared/REQUIREMENTS.md is absent (a fresh clone has no shared folder)");
    Set<String> ids = new TreeSet<>();
    Matcher m = Pattern.compile("^\\| ([A-Z]{3}-[0-9]+) \\|", Pattern.MULTILINE).matcher(Files.readString(requirements));
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(CATALOGUE);
  }
}
