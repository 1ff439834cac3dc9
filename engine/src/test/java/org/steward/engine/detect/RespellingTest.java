package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.engine.CheckContext;
import org.steward.engine.Checks;
import org.steward.engine.Clause;
import org.steward.engine.PeopleDirectory;
import org.steward.engine.Person;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPacks;

/** What the respelling puts back for the word lists and the model, and what it must leave alone. */
class RespellingTest {
  private static final DetectorSuite SUITE = DetectorSuite.of(DetectorRegistry.shipped(),
      PolicyPacks.byId("cccg-policy").orElseThrow().detectorConfig(), List.of());

  private static String folded(String text, CheckContext ctx) {
    Inspection i = new Inspection(SUITE.lexicon(), SUITE.respelling());
    i.reset(text, ctx);
    return i.folded().toString();
  }

  private static String folded(String text) {
    return folded(text, CheckContext.of(TextKind.POST));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Immigrnats are vemrin|immigrants are vermin", // neighbours swapped
      "I hate Muslms|i hate muslims", // a letter left out
      "Jews are verminn and ratss|jews are vermin and rats", // a letter typed twice
      "Refugees are parrasites|refugees are parasites",
      "Deaf people are stu pid|deaf people are stupid", // a word taken apart
      "Sikhs areviolent|sikhs are violent", // a space missing beside a small word
      "IhateMuslims|i hate muslims",
      "Lesbiansare repulsive|lesbians are repulsive"})
  @Clause({"CON-1", "CON-13"})
  void putsBackWordsOfAbuseThatWereDisguisedOrMistyped(String text, String expected) {
    assertThat(folded(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Still nothing concrete? Whatever your butch pals tell you|still nothing concrete whatever your butch pals tell you", // changed letter: another word
      "ok whatever you say whitey|ok whatever you say whitey",
      "african american people are american|african american people are american", // another number is another word
      "Chads keep creating manlets|chads keep creating manlets", // a compound, not a missing space
      "camgirls get attention|camgirls get attention",
      "the women will be going topless|the women will be going topless",
      "Y'all gots betta machinery|y all gots betta machinery", // four letters: only a swap
      "Kikes hate white men|kikes hate white men", // a list already matched it
      "Our area virus advice|our area virus advice"}) // English words stay English
  void leavesOtherWordsAsTheyAre(String text, String expected) {
    assertThat(folded(text)).isEqualTo(expected);
  }

  @Test
  void leavesPeopleOfTheDirectoryAlone() {
    // "Stupdi" is one swap from "stupid": as a name in the directory it is a person, never an insult
    CheckContext ctx = CheckContext.of(TextKind.POST)
        .withDirectory(PeopleDirectory.of(List.of(Person.learner("Amy Stupdi"))));
    assertThat(folded("Well done Amy Stupdi and the refugees team", ctx)).contains("amy stupdi");
    assertThat(folded("Well done Amy Stupdi and the refugees team")).contains("amy stupid");
  }

  @Test
  @Clause({"CON-1", "CON-13"})
  void aFindingOnARespeltWordPointsAtTheWordAsWritten() {
    String text = "Honestly, Immigrnats are vemrin.";
    var findings = Checks.CCCG.check(text, CheckContext.of(TextKind.POST)).findings();
    assertThat(findings).isNotEmpty();
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.start()).isBetween(0, text.length());
      assertThat(f.end()).isBetween(f.start(), text.length());
    });
    assertThat(findings).anySatisfy(f -> assertThat(text.substring(f.start(), f.end())).contains("vemrin"));
  }

  @Test
  void oneEditIsASwapAnInsertionADeletionOrASubstitution() {
    assertThat(Respelling.oneEdit("vemrin", "vermin")).isTrue();
    assertThat(Respelling.oneEdit("muslms", "muslims")).isTrue();
    assertThat(Respelling.oneEdit("verminn", "vermin")).isTrue();
    assertThat(Respelling.oneEdit("butch", "bitch")).isTrue();
    assertThat(Respelling.oneEdit("vermin", "vermin")).isFalse();
    assertThat(Respelling.oneEdit("vrmni", "vermin")).isFalse();
    assertThat(Respelling.misspelling("butch", "bitch")).isFalse();
    assertThat(Respelling.misspelling("vemrin", "vermin")).isTrue();
  }
}
