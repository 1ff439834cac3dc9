package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.categories;

import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.text.Normaliser;

/**
 * Issue #15: what a text says about a group, not only which words it has. Negated and rejected
 * claims silence the learned model too, rhetorical questions are not negations, a negation ends at
 * its clause, and a word in its innocent sense ("Offa's Dyke") is no slur. Sentences written for
 * this test, none from the functional suite.
 */
class StanceAndSenseTest {
  @Test
  @Clause("CON-1")
  void aDeniedClaimIsNotHateForTheModelEither() {
    assertThat(categories(CCCG, "Refugees are not a burden on the NHS")).isEmpty();
    assertThat(categories(CCCG, "Honestly, I have nothing against Travellers")).isEmpty();
    assertThat(categories(CCCG, "Refugees are a burden and a plague")).contains("hate.origin");
  }

  @Test
  @Clause("CON-1")
  void aNegationEndsAtItsClause() {
    assertThat(categories(CCCG, "Immigrants are not criminals, they are vermin")).contains("hate.origin");
    assertThat(Stance.clauseEndsBetween(Normaliser.normalise("not criminals, they are vermin"), 3, 24)).isTrue();
    assertThat(Stance.clauseEndsBetween(Normaliser.normalise("not criminals at all"), 3, 14)).isFalse();
  }

  @Test
  @Clause("CON-1")
  void aNegativeQuestionAsksForAgreement() {
    assertThat(Stance.rhetorical(Normaliser.normalise("Aren't refugees all criminals?"), 5)).isTrue();
    assertThat(Stance.rhetorical(Normaliser.normalise("Refugees aren't criminals."), 14)).isFalse();
    assertThat(categories(CCCG, "Isn't it clear that Muslims are terrorists?")).contains("hate.religion");
  }

  @Test
  @Clause("CON-1")
  void quotedHateTheTextRejectsIsJudgedWithoutTheQuote() {
    assertThat(Stance.withoutRejectedQuotes("A sign said \"Jews out\" and the police removed it"))
        .doesNotContain("Jews").contains("police removed it");
    assertThat(Stance.withoutRejectedQuotes("\"Jews out\" is what I say")).isNull(); // nothing rejects it
    assertThat(Stance.withoutRejectedQuotes("He said \"Jews out and it was racist")).isNull(); // unclosed
    assertThat(categories(CCCG, "A sign said \"Pakistanis are scum\" and the police removed it")).isEmpty();
  }

  @Test
  @Clause("CON-1")
  void aWordInItsInnocentSenseIsNoSlur() {
    assertThat(categories(CCCG, "We walked the length of Offa's Dyke last summer")).isEmpty();
    assertThat(categories(CCCG, "Grandad's faggots in gravy are legendary")).isEmpty();
    assertThat(categories(CCCG, "Our Maine Coon won best in show")).isEmpty();
    assertThat(categories(CCCG, "Add a flame retardant coating to the set")).isEmpty();
    // the same words aimed at people keep their finding
    assertThat(categories(CCCG, "you dyke")).contains("slur");
    assertThat(categories(CCCG, "get that faggot out of here")).contains("slur");
  }

  @Test
  @Clause("CON-2")
  void aThreatIsIntentViolenceAndSomeone() {
    assertThat(categories(CCCG, "We are going to torch the mosque on Friday")).contains("threat");
    assertThat(categories(CCCG, "Travellers should all be strung up")).contains("threat");
    assertThat(categories(CCCG, "We're going to smash the exams this year")).doesNotContain("threat"); // no one is named
    assertThat(categories(CCCG, "I am never going to hurt anyone")).doesNotContain("threat");
    assertThat(categories(CCCG, "Are you going to attack him in the debate?")).doesNotContain("threat");
    assertThat(categories(CCCG, "He said \"we will shoot them all\" and the police arrested him, rightly")).doesNotContain("threat");
  }
}
