package org.steward.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.steward.engine.Action;
import org.steward.engine.Clause;
import org.steward.engine.TextKind;

class PackLoaderTest {
  private static final Path PACKS = Path.of("src/test/resources/packs");

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-3", "DOC-4"})
  void readsMetadataOfTheCccgPack() {
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    PackMetadata m = pack.metadata();
    assertThat(m.owner()).isEqualTo("Head of Digital Marketing & Brand");
    assertThat(m.approvedBy()).isEqualTo("GSMT");
    assertThat(m.approvedOn()).isEqualTo(LocalDate.of(2022, 11, 23));
    assertThat(m.reviewBy()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(m.reviewOverdue(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(m.reviewOverdue(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(m.equalityImpactAssessedOn()).contains(LocalDate.of(2019, 4, 1));
    assertThat(m.supersedes()).hasSize(2);
    assertThat(m.related()).contains("ICT E-safety Policy", "Learner Behaviour Agreement");
    assertThat(m.audience()).containsExactly("staff", "learner");
    assertThat(PolicyPacks.byId("staff-policy").orElseThrow().metadata().audience()).containsExactly("staff");
  }

  @Test
  void readsRulesWithScopesAndDefaults() {
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    Rule tags = pack.rules().stream().filter(r -> r.id().equals("cccg.required-tags")).findFirst().orElseThrow();
    assertThat(tags.on()).containsExactly(TextKind.POST);
    assertThat(tags.action()).isEqualTo(Action.WARN);
    Rule slur = pack.rules().stream().filter(r -> r.id().equals("cccg.slur")).findFirst().orElseThrow();
    assertThat(slur.on()).hasSize(6).doesNotContain(TextKind.ACCOUNT);
    assertThat(pack.settings().integer("accounts.min-managers", 0)).isEqualTo(2);
    assertThat(Duration.parse(pack.settings().text("inbox.first-response", ""))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void aThirdInstitutionIsANewFile() {
    PolicyPack pack = PackLoader.load(PACKS.resolve("acme-academy.yaml"));
    assertThat(pack.id()).isEqualTo("acme-academy");
    assertThat(pack.clauses()).extracting(PolicyClause::id).containsExactly("AC-1", "AC-2", "AC-3", "AC-4");
    assertThat(pack.settings().map("pii.id-patterns")).containsEntry("learner", "ACME[0-9]{6}");
    assertThat(pack.settings().values()).containsKey("app.custom-flag");
    assertThat(pack.workflowsFor("AC-4")).extracting(Workflow::id).containsExactly("head-of-year-approval");
  }

  @Test
  void reportsTheMisspeltActionWithFileLineAndField() {
    String yaml = """
        pack: tiny
        title: Tiny
        owner: Me
        approved: { by: Me, on: 2025-01-01 }
        review-by: 2026-01-01
        audience: [staff]
        clauses:
          CON-1: { section: "1", kind: check, text: "Be kind." }
        rules:
          - { id: a, clause: CON-1, when: { detector: profanity }, action: warn, say: "x" }
          - { id: b, clause: CON-1, when: { detector: profanity }, action: warn, say: "x" }
          - { id: c, clause: CON-1, when: { detector: profanity }, action: warn, say: "x" }
          - { id: d, clause: CON-1, when: { detector: profanity }, action: blok, say: "x" }
        """;
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.parse(yaml, "tiny.yaml"));
    assertThat(e.problems()).singleElement().hasToString(
        "tiny.yaml:13: rules[3].action: 'blok' is not one of block, review, warn, tag");
  }

  @Test
  void readsARouteAndRefusesAnUnknownOne() {
    String yaml = """
        pack: tiny
        title: Tiny
        owner: Me
        approved: { by: Me, on: 2025-01-01 }
        review-by: 2026-01-01
        audience: [staff]
        clauses:
          SAF-3: { section: "1", kind: check, text: "Look after learners." }
        rules:
          - { id: a, clause: SAF-3, when: { detector: safeguarding.self-harm }, action: warn, route: safeguarding, say: "x" }
          - { id: b, clause: SAF-3, when: { detector: safeguarding.grooming }, action: review, say: "x" }
        """;
    PolicyPack pack = PackLoader.parse(yaml, "tiny.yaml");
    assertThat(pack.rules()).extracting(Rule::route).containsExactly("safeguarding", "");
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.parse(yaml.replace("route: safeguarding", "route: dsl"), "tiny.yaml"));
    assertThat(e.problems()).singleElement().hasToString("tiny.yaml:10: rules[0].route: 'dsl' is not a route; known: safeguarding");
  }

  @Test
  void reportsTwentyProblemsAtOnce() {
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.load(PACKS.resolve("twenty-errors.yaml")));
    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.file()).endsWith("twenty-errors.yaml");
      assertThat(p.line()).isPositive();
    });
    assertThat(e.problems()).extracting(PackProblem::field).contains(
        "pack", "title", "approved.on", "review-by", "audience", "colour", "clauses.bad-id", "clauses.CON-1.kind",
        "clauses.CON-2.text", "clauses.CON-3", "rules[0].id", "rules[0].when.detector", "rules[0].action",
        "rules[1].clause", "rules[1].on", "rules[1].when.patterns[0]", "rules[1].when", "rules[2].accounts",
        "rules[2].when.min-score", "rules[2].say", "rules[3].id", "rules[3].when", "workflows[0].clauses",
        "settings.accounts.min-managers", "settings.inbox.first-response", "settings.unknown.key");
    assertThat(e.getMessage()).contains("'blok' is not one of block, review, warn, tag", "'profanty' is not a detector");
  }

  @Test
  void rejectsSomethingThatIsNotYaml() {
    assertThatThrownBy(() -> PackLoader.parse("pack: [unclosed", "broken.yaml"))
        .isInstanceOf(PackException.class)
        .hasMessageContaining("broken.yaml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> PackLoader.parse("- just\n- a list\n", "list.yaml"))
        .hasMessageContaining("list.yaml:1: a pack is a YAML mapping");
  }

  @Test
  void resolvesShippedIdsAndRejectsUnknownNames() {
    assertThat(PolicyPacks.resolve("staff-policy").title()).isEqualTo("Social Media Policy for Staff");
    assertThat(PolicyPacks.resolve(PACKS.resolve("acme-academy.yaml").toString()).id()).isEqualTo("acme-academy");
    assertThatThrownBy(() -> PolicyPacks.resolve("no-such-pack")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("staff-policy, cccg-policy");
  }
}
