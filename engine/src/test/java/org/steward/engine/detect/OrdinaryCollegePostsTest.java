package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checks;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;

/** Ordinary college posts, written for Steward, that none of the issue #11, #13 and #15 signals may touch. */
class OrdinaryCollegePostsTest {
  private static final List<String> NEW = List.of("safeguarding", "extremism", "mockery", "accessibility", "link.download");

  @ParameterizedTest
  @ValueSource(strings = {
      "Congratulations to our Level 3 Engineering learners on their results! #ProudOfYou",
      "Open Evening this Thursday 5-8pm at our Holloway Road campus. Book your place: https://www.candi.ac.uk/open",
      "Our hair and beauty learners killed it at the regional competition",
      "The library is open until 9pm during exam season. Good luck everyone!",
      "Meet our new Head of Construction, Priya Patel, who joins us from Barnet College",
      "Freshers Fair is on Monday in the main hall, come and join a club",
      "Join us for a minute's silence at 11am to remember the victims of the Manchester Arena attack",
      "History A level trip to the Imperial War Museum: the Troubles gallery and the IRA ceasefire",
      "Mental health awareness week: if you are struggling, talk to student services or call Samaritans on 116 123",
      "Prevent training for all new staff on Wednesday: recognising radicalisation",
      "DM us if you have any questions about enrolment",
      "Our catering learners are dying to show you their new menu",
      "What a week! Sports day, results day and the summer show. Thank you all",
      "Download the course guide (PDF) from our website: https://www.capitalccg.ac.uk/guide.pdf",
      "Apprenticeship vacancies are live, link in bio",
      "Safeguarding reminder: never share your password and report anything that worries you",
      "Well done to Jamie from Year 13 on his offer from the University of Leeds",
      "The plumbing workshop is closed today for maintenance, sorry for the inconvenience",
      "Hackney Sixth Form and CONEL learners teamed up for the charity run",
      "Our drama learners perform Romeo and Juliet tonight, the death scene will break your heart",
  })
  void noNewSignalOnOrdinaryPosts(String text) {
    for (var checker : List.of(Checks.CCCG, Checks.STAFF)) {
      for (CheckContext ctx : List.of(CheckContext.of(TextKind.POST).withAccount(AccountKind.DEPARTMENTAL, "staff"),
          CheckContext.of(TextKind.COMMENT).withAccount(AccountKind.PERSONAL, "learner"))) {
        List<String> found = checker.check(text, ctx).findings().stream().map(Finding::category)
            .filter(c -> NEW.stream().anyMatch(c::startsWith)).toList();
        assertThat(found).as(checker.pack().id() + ": " + text).isEmpty();
      }
    }
  }
}
