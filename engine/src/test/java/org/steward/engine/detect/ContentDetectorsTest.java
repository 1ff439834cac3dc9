package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import org.junit.jupiter.api.Test;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;

class ContentDetectorsTest {
  @Test
  @Clause("CON-3")
  void confidentialMarkers() {
    assertThat(categories(CCCG, "INTERNAL ONLY: restructure plan")).containsExactly("confidential");
    assertThat(categories(CCCG, "Here are the exam papers for Friday")).containsExactly("confidential");
  }

  @Test
  @Clause("CON-6")
  void incidentsAtTheCollegeNeedReview() {
    assertThat(post(CCCG, "Massive fight in the canteen today, police everywhere").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(categories(CCCG, "Watching a police drama tonight")).isEmpty();
  }

  @Test
  @Clause("CON-6")
  void pornographicMaterialIsBlocked() {
    assertThat(post(CCCG, "check my nudes").verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  @Clause("CON-4")
  void politicalContentIsAScore() {
    Finding f = post(CCCG, "Vote Labour on Thursday!").findings().get(0);
    assertThat(f.category()).isEqualTo("political");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.7);
    assertThat(categories(CCCG, "Sign the petition to stop the cuts")).contains("political");
    assertThat(categories(CCCG, "Our government and politics A level results are in")).isEmpty();
    assertThat(categories(CCCG, "Labour market statistics for construction")).isEmpty();
  }

  @Test
  @Clause("CON-5")
  void extremismRoutesToReviewNeverBlocks() {
    assertThat(post(CCCG, "Join Palestine Action now").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(categories(CCCG, "the race war is coming")).containsExactly("extremism.propaganda");
    assertThat(categories(CCCG, "Our eta is 5pm")).isEmpty(); // an ambiguous alias alone is not enough
    assertThat(categories(CCCG, "the IRA account interest rate")).isEmpty();
  }

  @Test
  @Clause("CON-10")
  void claimsAboutNamedPeopleAreReviewed() {
    assertThat(post(STAFF, "Mr Jones is a thief").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(categories(STAFF, "the thief in the film was caught")).isEmpty();
  }

  @Test
  @Clause("CON-11")
  void speakingForTheCollegeFromAPersonalAccount() {
    CheckContext personal = CheckContext.of(TextKind.POST).withAccount(AccountKind.PERSONAL, "staff");
    assertThat(categories(STAFF, "On behalf of the college, we apologise", personal)).containsExactly("authority");
    assertThat(categories(STAFF, "The college's position is clear", personal)).containsExactly("authority");
    CheckContext official = CheckContext.of(TextKind.POST).withAccount(AccountKind.OFFICIAL, "staff");
    assertThat(categories(STAFF, "On behalf of the college, we apologise", official)).isEmpty();
  }
}
