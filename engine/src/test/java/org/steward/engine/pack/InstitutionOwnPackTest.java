package org.steward.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

/**
 * A pack is the institution's own data (issue #10): its own clause ids, the units it is written for,
 * settings checked against what the reader declares (records with fields, each key's line kept), and
 * no YAML anchors or aliases.
 */
class InstitutionOwnPackTest {
  static String pack(String clauses, String rules, String settings) {
    return """
        pack: own
        title: Our own policy
        owner: Head of Communications
        approved: { by: Governors, on: 2026-01-01 }
        review-by: 2027-01-01
        audience: [staff]
        units: [NORTH, SOUTH]
        clauses:
        %s
        rules:
        %s
        settings:
        %s
        """.formatted(clauses.indent(2).stripTrailing(), rules.indent(2).stripTrailing(),
        settings.isEmpty() ? "  {}" : settings.indent(2).stripTrailing());
  }

  @Test
  @Clause({"DOC-1", "DOC-7"})
  void clauseIdsAreTheDocumentsOwnAndUnitsAreNamedByCode() {
    PolicyPack p = PackLoader.parse(pack("""
        T-1: { section: "1", kind: check, text: "No swearing." }
        "4.2": { section: "4", kind: guide, text: "Think before you post." }
        CON-4: { section: "2", kind: guide, text: "Stay apolitical." }
        s7(b): { section: "7", kind: guide, text: "Ask first." }
        """, "- { id: swearing, clause: T-1, when: { detector: profanity }, action: warn, say: Mind your language. }",
        ""), "own.yaml");
    assertThat(p.clauses()).extracting(PolicyClause::id).containsExactly("T-1", "4.2", "CON-4", "s7(b)");
    assertThat(p.metadata().units()).containsExactly("NORTH", "SOUTH");
  }

  @Test
  void aClauseIdOutsideTheCharacterSetIsRefusedWithWhatIsAllowed() {
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.parse(pack("""
        bad-id: { section: "1", kind: guide, text: "No number." }
        "two words 1": { section: "1", kind: guide, text: "A space." }
        "-1": { section: "1", kind: guide, text: "Starts with a dash." }
        T-123456789012345678901234567890X: { section: "1", kind: guide, text: "Too long." }
        """, "[]", ""), "own.yaml"));
    assertThat(e.problems()).extracting(PackProblem::field).containsExactly("clauses.bad-id",
        "clauses.two words 1", "clauses.-1", "clauses.T-123456789012345678901234567890X");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).endsWith(
        "is not a clause id: a clause id is 1 to 32 letters, digits and . - _ ( ) /, starts with a letter or"
            + " digit and has at least one digit, such as T-1, 4.2, CON-4 or s7(b)"));
    assertThat(e.problems().get(0).line()).isEqualTo(9);
  }

  private static final String ONE_CLAUSE = "T-1: { section: \"1\", kind: guide, text: \"Be kind.\" }";

  @Test
  void anApplicationAcceptsOnlyTheSettingsItsFeaturesDeclare() {
    String yaml = pack(ONE_CLAUSE, "[]", """
        links.blocked: [bad.example]
        accounts.approvers: [marketing]
        app.custom-flag: true
        accounts.aprovers: [x]
        """);
    // The engine alone keeps app.* and knows the workflow keys; it still catches the typo.
    PackException alone = catchThrowableOfType(PackException.class, () -> PackLoader.parse(yaml, "own.yaml"));
    assertThat(alone.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("settings.accounts.aprovers");
      assertThat(p.message()).contains("did you mean accounts.approvers?");
      assertThat(p.line()).isEqualTo(16);
    });
    // An application that declares only accounts.approvers: app.* and the typo are refused.
    SettingsSchema app = SettingsSchema.engine().with("accounts.approvers", SettingSpec.LIST);
    PackException strict = catchThrowableOfType(PackException.class, () -> PackLoader.parse(yaml, "own.yaml", app));
    assertThat(strict.problems()).extracting(PackProblem::field)
        .containsExactly("settings.app.custom-flag", "settings.accounts.aprovers");
    assertThat(strict.problems().get(0).message()).startsWith("'app.custom-flag' is not a setting anything reads")
        .doesNotContain("(or any key under app.)");
    PolicyPack ok = PackLoader.parse(pack(ONE_CLAUSE, "[]", "links.blocked: [bad.example]\naccounts.approvers: [marketing]"),
        "own.yaml", app);
    assertThat(ok.settings().list("accounts.approvers")).containsExactly("marketing");
    assertThat(ok.settings().line("accounts.approvers")).isEqualTo(14);
    // Workflow keys the engine does not read are not accepted unless a feature declares them.
    assertThatThrownBy(() -> PackLoader.parse(pack(ONE_CLAUSE, "[]", "inbox.first-response: PT4H"), "own.yaml",
        SettingsSchema.engine())).isInstanceOf(PackException.class).hasMessageContaining("settings.inbox.first-response");
  }

  @Test
  void aDeclarationMustAgreeWithTheEnginesType() {
    assertThatThrownBy(() -> SettingsSchema.engine().with("accounts.min-managers", SettingSpec.TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INTEGER");
    assertThat(SettingSpec.readByEngine("accounts.min-managers")).isTrue();
    assertThat(SettingSpec.readByEngine("accounts.approvers")).isFalse();
    assertThat(SettingsSchema.engine().keys()).contains("pii.allow").doesNotContain("contacts", "platforms");
  }

  @Test
  @Clause({"DOC-6", "DOC-8"})
  void recordsHaveTheirDeclaredFieldsEachProblemAtItsLine() {
    PolicyPack p = PackLoader.parse(pack(ONE_CLAUSE, "[]", """
        contacts:
          - { name: Marketing, email: marketing@own.example, clauses: [T-1], roles: [marketing] }
          - { name: Your line manager }
        platforms:
          - { id: x, name: X }
        """), "own.yaml");
    assertThat(p.settings().records("contacts")).hasSize(2);
    assertThat(p.settings().records("contacts").get(0)).containsEntry("name", "Marketing")
        .containsEntry("clauses", List.of("T-1"));
    assertThat(p.settings().records("platforms")).containsExactly(Map.of("id", "x", "name", "X"));

    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.parse(pack(ONE_CLAUSE, "[]", """
        contacts:
          - { about: Nobody, telephone: "1" }
        platforms: tiktok
        """), "own.yaml"));
    assertThat(e.problems()).extracting(p2 -> p2.line() + " " + p2.field()).containsExactly(
        "14 settings.contacts[0].telephone", "14 settings.contacts[0].name", "15 settings.platforms");
    SettingsSchema own = SettingsSchema.engine().with("rooms", SettingSpec.RECORDS, Set.of("code"), Set.of("floor"));
    assertThat(PackLoader.parse(pack(ONE_CLAUSE, "[]", "rooms: [{ code: B12, floor: '1' }]"), "own.yaml", own)
        .settings().records("rooms")).containsExactly(Map.of("code", "B12", "floor", "1"));
  }

  @Test
  void anchorsAndAliasesAreRefusedBeforeAnythingExpands() {
    String bomb = """
        pack: lol
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        """;
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.parse(bomb, "lol.yaml"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("anchors and aliases");
    });
  }

  @Test
  void aVersionIsOneShortLine() {
    String yaml = pack(ONE_CLAUSE, "[]", "").replace("title: Our own policy", "version: \"" + "9".repeat(41) + "\"\ntitle: Our own policy");
    assertThatThrownBy(() -> PackLoader.parse(yaml, "own.yaml")).isInstanceOf(PackException.class)
        .hasMessageContaining("own.yaml:2: version: must be one line of at most 40 characters");
  }
}
