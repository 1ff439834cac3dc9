package org.steward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.pack.PackLoader;

/** The institution's own switchboard, address, mailbox and press officer are not personal data (pii.allow). */
class PiiAllowListTest {
  static final String PACK = """
      pack: own
      title: Own
      owner: Comms
      approved: { by: Governors, on: 2026-01-01 }
      review-by: 2027-01-01
      audience: [staff]
      clauses:
        P-3: { section: "3", kind: check, text: "No personal details of other people." }
      rules:
        - { id: personal, clause: P-3, when: { detector: pii }, action: review, say: Remove personal details. }
      settings:
        pii.allow: ["+44 20 7946 0000", "12 Station Road, Leeds LS1 4AB", "office@own-college.example", Pat Nwosu]
      """;

  static final Checker OWN = Checker.of(PackLoader.parse(PACK, "own.yaml"));

  private static List<String> found(String text) {
    return OWN.check(text, CheckContext.of(TextKind.POST).withDirectory(
        PeopleDirectory.of(List.of(Person.staff("Pat Nwosu"), Person.learner("Jamie Smith")))))
        .findings().stream().map(f -> f.category() + ":" + f.evidence()).toList();
  }

  @Test
  @Clause("CON-3")
  void theInstitutionsOwnDetailsAreNotFindingsAndOthersStillAre() {
    assertThat(found("Call reception on 020 7946 0000 or write to office@own-college.example")).isEmpty();
    assertThat(found("Visit us at 12 Station Road, Leeds LS1 4AB this Saturday")).isEmpty();
    assertThat(found("Press enquiries to Pat Nwosu")).isEmpty();
    assertThat(found("Call Jamie Smith on 020 7946 0018")).containsExactlyInAnyOrder(
        "pii.name:Jamie Smith", "pii.phone:020 7946 0018");
    assertThat(PiiAllowList.phoneKey("+44 (0)20 7946 0000")).isEqualTo(PiiAllowList.phoneKey("020 7946 0000"));
  }
}
