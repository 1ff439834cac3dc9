package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountKind;
import org.steward.engine.Action;
import org.steward.engine.CheckContext;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.Safeguarding;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;
import org.steward.engine.pack.PolicyPacks;

/** Self-harm, grooming and extremist support (issue #13): what fires, what must not, and the routing contract. */
class SafeguardingDetectorsTest {
  private static List<Finding> routed(Result r) {
    return r.findings().stream().filter(Finding::safeguarding).toList();
  }

  @Test
  @Clause({"SAF-3", "SAF-4"})
  void aCryForHelpIsRoutedToTheSafeguardingLeadAndNeverBlocked() {
    for (var checker : List.of(CCCG, STAFF)) {
      Result r = post(checker, "i want to kill myself");
      assertThat(r.verdict()).isNotEqualTo(Verdict.BLOCK).isNotEqualTo(Verdict.REVIEW);
      assertThat(routed(r)).singleElement().satisfies(f -> {
        assertThat(f.category()).isEqualTo("safeguarding.self-harm");
        assertThat(f.route()).isEqualTo(Safeguarding.ROUTE);
        assertThat(f.severity()).isEqualTo(Action.WARN);
        assertThat(f.message()).doesNotContainIgnoringCase("remove").contains("not alone");
        assertThat(f.evidence()).isEqualTo("kill myself");
      });
      assertThat(Safeguarding.routes(r)).isTrue();
    }
  }

  @Test
  @Clause("SAF-3")
  void selfHarmDisguisesFireAndLookAlikesDoNot() {
    for (String t : List.of("kms", "i wanna unalive myself", "k1ll mys3lf tonight", "I can't go on.", "su1c1dal again")) {
      assertThat(categories(CCCG, t)).as(t).contains("safeguarding.self-harm");
    }
    for (String t : List.of("this exam is killing me", "we walked 10 kms", "I don't want to die", "I could die of embarrassment",
        "I'm going to kill myself laughing", "I can't go on the trip on Friday", "I cut myself shaving",
        "If you feel like ending it all, call Samaritans on 116 123", "The lyrics go \"I want to die\" in the chorus",
        "He told the court \"I want to kill myself\"")) {
      assertThat(categories(CCCG, t)).as(t).doesNotContain("safeguarding.self-harm");
    }
    // a negation far from the statement, or in another sentence, does not turn it round
    assertThat(categories(CCCG, "I don't know why, I want to die")).contains("safeguarding.self-harm");
  }

  @Test
  @Clause({"CON-5", "SAF-3"})
  void groomingCuesCombineAndWeighMoreOnALearnersAccount() {
    assertThat(post(CCCG, "don't tell your parents we talk, delete this chat").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(routed(post(CCCG, "don't tell your parents we talk, delete this chat"))).isNotEmpty()
        .allSatisfy(f -> assertThat(f.category()).isEqualTo("safeguarding.grooming"));
    String remark = "you look sexy in that photo";
    assertThat(categories(CCCG, remark)).doesNotContain("safeguarding.grooming");
    CheckContext learner = CheckContext.of(TextKind.COMMENT).withAccount(AccountKind.PERSONAL, "learner");
    assertThat(categories(CCCG, remark, learner)).contains("safeguarding.grooming");
    CheckContext minor = CheckContext.of(TextKind.MESSAGE).withAuthorUnder18(true);
    assertThat(minor.involvesLearner()).isTrue();
    assertThat(categories(STAFF, remark, minor)).contains("safeguarding.grooming");
    for (String t : List.of("DM us for open evening tickets", "Meet me at the library at 3 for revision",
        "Groomers often ask children to keep secrets: report it to CEOP", "never meet up with someone you met online")) {
      assertThat(categories(CCCG, t, learner)).as(t).doesNotContain("safeguarding.grooming");
    }
  }

  @Test
  @Clause({"CON-5", "SAF-4"})
  void supportForAProscribedGroupIsRoutedNewsAndHistoryAreNot() {
    Result r = post(CCCG, "join National Action, they are the only ones fighting back");
    assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(routed(r)).extracting(Finding::category).containsExactly("extremism.support");
    assertThat(categories(CCCG, "Brenton Tarrant is a hero")).contains("extremism.support");
    assertThat(categories(CCCG, "long live ISIS")).contains("extremism.support", "extremism.proscribed");
    for (String t : List.of("Palestine Action was proscribed in July 2025, the Home Office said",
        "History lesson: the IRA ceasefire and the Good Friday Agreement", "We condemn the attack and stand with the victims",
        "Join the rowing club on the Isis", "The base of the statue was cleaned", "LET'S JOIN THE FUN RUN TODAY",
        "never join ISIS, talk to us instead")) {
      assertThat(routed(post(CCCG, t))).as(t).isEmpty();
    }
    // a name alone is only tagged: the verdict does not change, nobody is routed
    Result mention = post(CCCG, "Hamas fighters attacked, the BBC reported");
    assertThat(mention.verdict()).isEqualTo(Verdict.PASS);
    assertThat(mention.findings()).extracting(Finding::category).containsExactly("extremism.proscribed");
    // deproscribed in October 2025: no longer on the list
    assertThat(categories(CCCG, "Hayat Tahrir al-Sham")).isEmpty();
  }

  @Test
  @Clause({"SAF-3", "SAF-4"})
  void thePackSaysWhatHelpToShow() {
    List<String> help = Safeguarding.help(PolicyPacks.byId("cccg-policy").orElseThrow());
    assertThat(help.get(0)).contains("Safeguarding Lead");
    assertThat(String.join("\n", help)).contains("116 123", "85258", "0800 1111");
    assertThat(Safeguarding.help(PolicyPacks.byId("staff-policy").orElseThrow())).anyMatch(l -> l.contains("Samaritans"));
  }

  @Test
  @Clause({"SAF-5", "SAF-6"})
  void conductFindingsAreNotSafeguardingAndThePackSaysWhereReportsGo() {
    // An insult at a named person is a conduct matter for case handling (SAF-6), never a concern for the DSL.
    Result insult = post(CCCG, "Mr Patel is a clown");
    assertThat(insult.findings()).isNotEmpty().noneMatch(Finding::safeguarding);
    assertThat(Safeguarding.routes(insult)).isFalse();
    // Complaints and reports of a breach go to marketing (SAF-5): the app reads the contact from the pack.
    var cccg = PolicyPacks.byId("cccg-policy").orElseThrow();
    assertThat(cccg.settings().text("complaints.contact", "")).isEqualTo("marketing@capitalccg.ac.uk");
    assertThat(cccg.workflowsFor("SAF-5")).isNotEmpty();
    assertThat(cccg.workflowsFor("SAF-6")).isNotEmpty();
    assertThat(PolicyPacks.byId("staff-policy").orElseThrow().workflowsFor("SAF-6")).isNotEmpty();
  }
}
