package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.PeopleDirectory;
import org.steward.engine.Person;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;

/** What colleges care about (issue #15, item 3): mockery, risky downloads, speaking for the college, compound swearing, NINO. */
class CollegeConcernsTest {
  @Test
  @Clause({"CON-2", "CON-13"})
  void insultsAtANamedPersonOrAnotherInstitution() {
    for (var checker : List.of(CCCG, STAFF)) {
      assertThat(post(checker, "Mr Patel is a clown").findings()).extracting(Finding::category, Finding::clause)
          .contains(org.assertj.core.groups.Tuple.tuple("mockery.person", "CON-2"));
      assertThat(post(checker, "Mr Patel is a clown").verdict()).isEqualTo(Verdict.REVIEW);
      assertThat(categories(checker, "Barnet College is a joke and their students are idiots")).contains("mockery.institution");
    }
    assertThat(categories(CCCG, "@jsmith is an idiot")).contains("mockery.person");
    assertThat(categories(CCCG, "Priya Patel is an absolute muppet")).contains("mockery.person");
    CheckContext withDirectory = CheckContext.of(TextKind.POST).withDirectory(PeopleDirectory.of(List.of(Person.staff("Sam Jones"))));
    assertThat(categories(CCCG, "honestly sam jones is useless", withDirectory)).contains("mockery.person");
    for (String fine : List.of("Well done to Priya Patel, our Student of the Year!", "Open Evening is rubbish weather-wise, bring a coat",
        "Jamie Smith is not an idiot, he is a star", "City College won the football, great game", "The exam was a joke",
        "Traffic is rubbish today", "Our college is the best")) {
      assertThat(categories(CCCG, fine)).as(fine).doesNotContain("mockery.person", "mockery.institution");
    }
  }

  @Test
  @Clause("CON-8")
  void riskyDownloadsFromHostsThatAreNotTrusted() {
    assertThat(categories(CCCG, "free game http://games-free.top/setup.zip")).containsExactly("link.download");
    assertThat(categories(CCCG, "free game http://games-free.top/setup.exe")).containsExactly("link.download");
    for (String risky : List.of("https://example.xyz/disk.iso", "https://cdn.example.com/run.ps1", "https://a.example.org/notes.docm",
        "http://files.example.net/tools.7z", "https://wetransfer.com/downloads/abc")) {
      assertThat(categories(CCCG, "get it " + risky)).as(risky).contains("link.download");
    }
    assertThat(categories(CCCG, "course pack https://www.capitalccg.ac.uk/files/pack.zip")).isEmpty(); // the college's own site
    assertThat(categories(CCCG, "Python https://www.python.org/ftp/python-3.12.exe")).isEmpty(); // a shipped trusted host
    assertThat(categories(CCCG, "forms at https://www.gov.uk/forms/sa100.zip")).isEmpty();
    assertThat(categories(CCCG, "slides https://example.com/deck.pdf")).isEmpty();
    assertThat(categories(CCCG, "short https://bit.ly/3abc")).containsExactly("link.shortener");
  }

  @Test
  @Clause("PER-2")
  void aPersonalAccountThatSpeaksForTheCollege() {
    CheckContext bio = CheckContext.of(TextKind.BIO).withAccount(AccountKind.PERSONAL, "staff");
    var r = CCCG.check("On behalf of the college I can confirm the trip is cancelled. Personal account.", bio);
    assertThat(r.findings()).extracting(Finding::category, Finding::clause).contains(org.assertj.core.groups.Tuple.tuple("authority", "PER-2"));
    assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    CheckContext official = CheckContext.of(TextKind.POST).withAccount(AccountKind.OFFICIAL, "staff");
    assertThat(categories(CCCG, "On behalf of the college I can confirm the trip is cancelled", official)).doesNotContain("authority");
  }

  @Test
  @Clause("CON-13")
  void compoundAndPartialSwearing() {
    for (String t : List.of("what a sh1tshow", "absolute clusterfuck", "fkn brilliant", "absofuckinglutely", "bullsh*t")) {
      assertThat(categories(CCCG, t)).as(t).contains("profanity");
    }
    for (String t : List.of("he mishit the ball", "a swanky new campus", "Pissarro at the gallery", "shiitake mushrooms")) {
      assertThat(categories(CCCG, t)).as(t).doesNotContain("profanity");
    }
  }

  @Test
  @Clause("CON-3")
  void nationalInsuranceNumbersIncludingHmrcsExample() {
    assertThat(categories(CCCG, "my NI number is QQ 12 34 56 C")).containsExactly("pii.nino");
    assertThat(categories(CCCG, "NI: AB 12 34 56 C")).containsExactly("pii.nino");
    assertThat(categories(CCCG, "ni AB123456C")).containsExactly("pii.nino");
    assertThat(categories(CCCG, "code DA 12 34 56 A")).doesNotContain("pii.nino"); // D is never a first letter
    assertThat(categories(CCCG, "code GB 12 34 56 A")).doesNotContain("pii.nino"); // GB is never allocated
    assertThat(categories(CCCG, "code QA 12 34 56 A")).doesNotContain("pii.nino"); // Q only in HMRC's example QQ
  }
}
