package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.Verdict;

/** Hate, harassment, threats, sexism and tone: one test class per clause family, each detector its own test. */
class AbuseDetectorsTest {
  @Test
  @Clause("CON-1")
  void hateNamesTheTarget() {
    assertThat(categories(CCCG, "immigrants are vermin")).containsExactly("hate.origin");
    assertThat(categories(CCCG, "Muslims should all be deported")).contains("hate.religion");
    assertThat(post(CCCG, "gays are disgusting filth").verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  @Clause("CON-1")
  void weakerHateIsReviewedAndEachSpanIsReportedOnceAtItsStrongest() {
    assertThat(post(CCCG, "immigrants are lazy").verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(post(CCCG, "gays are disgusting filth").findings())
        .filteredOn(f -> f.category().startsWith("hate."))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("cccg.hate"));
  }

  @Test
  @Clause("CON-1")
  void aGivenNameThatADisguisedSlurSpellsIsNotASlur() {
    // "Nigar" (an Azerbaijani and Turkish given name) is what "nigga*" gives with its doubled letter made single
    assertThat(categories(CCCG, "Nigar Aliyeva will run the chess club this term")).isEmpty();
    assertThat(categories(CCCG, "well done nigar, a brilliant result")).isEmpty();
    assertThat(categories(CCCG, "shut up you nigga")).contains("slur");
    assertThat(categories(CCCG, "shut up you n1gga")).contains("slur");
  }

  @Test
  @Clause({"CON-1", "CON-2"})
  void threatsAndDehumanisationAimedAtGroups() {
    assertThat(categories(CCCG, "kill all muslims")).containsExactly("hate.religion");
    assertThat(categories(CCCG, "Trans people make me sick")).containsExactly("hate.lgbt");
    assertThat(categories(CCCG, "Women are disgusting")).contains("hate.gender");
    assertThat(categories(CCCG, "kill all the bugs in the code")).isEmpty();
    assertThat(categories(CCCG, "That cake was disgusting")).isEmpty();
  }

  @Test
  @Clause("CON-1")
  void groupsMentionedKindlyAreNotHate() {
    assertThat(categories(CCCG, "Our Muslim and Jewish learners organised a joint charity iftar")).isEmpty();
    assertThat(categories(CCCG, "Welcome to the refugees joining our ESOL course")).isEmpty();
  }

  @Test
  @Clause("CON-2")
  void harassmentNeedsATargetOrAKnownPhrase() {
    assertThat(categories(CCCG, "you are a pathetic loser")).contains("harassment");
    assertThat(categories(CCCG, "just kys")).contains("harassment");
    assertThat(categories(CCCG, "the referee was useless")).doesNotContain("harassment");
    assertThat(categories(CCCG, "you are fucking brilliant")).containsExactly("profanity");
    assertThat(categories(CCCG, "fuck you")).contains("harassment");
  }

  @Test
  @Clause("CON-2")
  void anInsultSaidOfYouReachesFurtherThroughWordsThatSayWhatYouAre() {
    assertThat(categories(CCCG, "honestly you look like a total clown in that video")).contains("harassment");
    assertThat(categories(CCCG, "you are really the biggest moron")).contains("harassment");
    assertThat(categories(CCCG, "mate you're such a liar")).contains("harassment");
    assertThat(categories(CCCG, "you were the stupidest of us all")).contains("harassment");
    // Words that do something else keep the short reach: a literal "rubbish" or "trash" stays literal.
    assertThat(categories(CCCG, "you said the canteen food was rubbish")).doesNotContain("harassment");
    assertThat(categories(CCCG, "can you remember which trash day it is")).doesNotContain("harassment");
  }

  @Test
  @Clause("CON-2")
  void threatsAreBlocked() {
    assertThat(post(CCCG, "I'm going to kill you after class").verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(categories(CCCG, "watch your back")).contains("threat");
    assertThat(categories(CCCG, "this heat is killing me")).doesNotContain("threat");
  }

  @Test
  @Clause("CON-1")
  void sexismFromPhrasesSlursAndStereotypes() {
    assertThat(categories(CCCG, "get back in the kitchen")).contains("sexism");
    assertThat(categories(CCCG, "women are too emotional to lead")).contains("sexism");
    assertThat(categories(CCCG, "what a slut")).contains("sexism");
    assertThat(categories(CCCG, "Our women's football team won the cup")).doesNotContain("sexism");
  }

  @Test
  @Clause("CON-13")
  void hostileToneScoresShoutingAndInsults() {
    assertThat(categories(CCCG, "YOU ARE AN IDIOT AND EVERYONE KNOWS IT!!!")).contains("tone.hostile");
    assertThat(categories(CCCG, "Congratulations to all our graduates!")).doesNotContain("tone.hostile");
  }
}
