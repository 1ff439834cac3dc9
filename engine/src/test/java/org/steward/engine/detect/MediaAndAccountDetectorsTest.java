package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountFacts;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Media;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;

class MediaAndAccountDetectorsTest {
  private static List<String> categories(List<Finding> findings) {
    return findings.stream().map(Finding::category).toList();
  }

  @Test
  @Clause("CON-7")
  void mediaWithoutARightsDeclaration() {
    CheckContext ctx = CheckContext.of(TextKind.POST).withMedia(List.of(new Media("song.mp3", false, 0, 0), new Media("me.jpg", true, 0, 0)));
    assertThat(STAFF.check("New video!", ctx).findings()).extracting(Finding::evidence).containsExactly("song.mp3");
  }

  @Test
  @Clause({"CON-14", "SAF-3"})
  void peoplePicturedWithoutConsentAndMinorsWithoutAGuardian() {
    CheckContext ctx = CheckContext.of(TextKind.POST).withMedia(List.of(new Media("trip.jpg", true, 1, 1)));
    assertThat(categories(STAFF.check("Trip!", ctx).findings())).containsExactlyInAnyOrder("consent.missing", "consent.guardian");
    assertThat(CCCG.check("Trip!", ctx).verdict()).isEqualTo(Verdict.BLOCK);
    CheckContext fine = CheckContext.of(TextKind.POST).withMedia(List.of(new Media("trip.jpg", true, 0, 0)));
    assertThat(STAFF.check("Trip!", fine).findings()).isEmpty();
  }

  private static AccountFacts account(AccountKind kind, int managers, boolean teaching, boolean open, List<String> unknown,
      List<String> follows, String email) {
    return new AccountFacts(kind, "staff", managers, teaching, open, unknown, follows, email);
  }

  @Test
  @Clause("ACC-7")
  void departmentalAccountsNeedTwoManagers() {
    assertThat(categories(CCCG.checkAccount(account(AccountKind.DEPARTMENTAL, 1, false, false, List.of(), List.of(), "x@capitalccg.ac.uk")).findings()))
        .containsExactly("account.managers");
    assertThat(CCCG.checkAccount(account(AccountKind.DEPARTMENTAL, 2, false, false, List.of(), List.of(), "x@capitalccg.ac.uk")).findings()).isEmpty();
  }

  @Test
  @Clause("ACC-11")
  void officialAccountsDoNotFollowLearners() {
    assertThat(categories(CCCG.checkAccount(account(AccountKind.OFFICIAL, 3, false, false, List.of(), List.of("@learner1"), "x@capitalccg.ac.uk")).findings()))
        .containsExactly("account.follows");
  }

  @Test
  @Clause({"ACC-9", "ACC-10"})
  void teachingGroupsArePrivateAndMembersGenuine() {
    assertThat(categories(STAFF.checkAccount(account(AccountKind.DEPARTMENTAL, 2, true, true, List.of("stranger"), List.of(), "x@gmail.com")).findings()))
        .containsExactlyInAnyOrder("account.visibility", "account.members");
  }

  @Test
  @Clause("PER-5")
  void personalAccountsAreNotRegisteredWithTheCollegeEmail() {
    assertThat(categories(STAFF.checkAccount(account(AccountKind.PERSONAL, 1, false, false, List.of(), List.of(), "jo@college.ac.uk")).findings()))
        .containsExactly("account.email");
    assertThat(STAFF.checkAccount(account(AccountKind.PERSONAL, 1, false, false, List.of(), List.of(), "jo@gmail.com")).findings()).isEmpty();
  }
}
