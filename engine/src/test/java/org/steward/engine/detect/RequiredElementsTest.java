package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.categories;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;

class RequiredElementsTest {
  @Test
  @Clause("CON-12")
  void departmentalPostsCarryTheRequiredTags() {
    CheckContext dept = CheckContext.of(TextKind.POST).withAccount(AccountKind.DEPARTMENTAL, "staff")
        .withRequiredTags(List.of("@CapitalCCG", "#WestKing"));
    List<Finding> f = CCCG.check("Great open day! @CapitalCCG", dept).findings();
    assertThat(f).extracting(Finding::category).containsExactly("missing.tag");
    assertThat(f.get(0).evidence()).isEqualTo("#WestKing");
    assertThat(categories(CCCG, "Great open day! @capitalccg #WestKing", dept)).isEmpty();
    CheckContext personal = dept.withAccount(AccountKind.PERSONAL, "staff");
    assertThat(categories(CCCG, "Great open day!", personal)).isEmpty();
  }

  @Test
  @Clause("PER-1")
  void staffBiosSayTheyAreStaff() {
    CheckContext bio = CheckContext.of(TextKind.BIO).withAccount(AccountKind.PERSONAL, "staff");
    assertThat(categories(CCCG, "Dad, runner, coffee. Personal account.", bio)).containsExactly("missing.affiliation");
    assertThat(categories(CCCG, "Maths lecturer at CCCG. Views my own.", bio)).isEmpty();
  }

  @Test
  @Clause("PER-2")
  void personalBiosSayTheyArePersonal() {
    CheckContext bio = CheckContext.of(TextKind.BIO).withAccount(AccountKind.PERSONAL, "learner");
    assertThat(categories(CCCG, "Music student, London", bio)).containsExactly("missing.personal");
    assertThat(categories(CCCG, "Music student, London. Personal account", bio)).isEmpty();
  }

  @Test
  @Clause("PER-3")
  void blogsCarryADisclaimer() {
    CheckContext blog = CheckContext.of(TextKind.BLOG);
    assertThat(categories(CCCG, "Teaching FE maths in 2025: what works", blog)).containsExactly("missing.disclaimer");
    assertThat(categories(CCCG, "Teaching FE maths. These are my personal views and not those of CCCG.", blog)).isEmpty();
  }
}
