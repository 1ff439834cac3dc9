package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.Action;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Media;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;
import org.steward.engine.pack.PackLoader;

/** Accessible posts (issue #11): warnings with the fix, and ordinary posts that must not warn. */
class AccessibilityDetectorTest {
  private static Finding only(Checker checker, String text, String category) {
    return post(checker, text).findings().stream().filter(f -> f.category().equals(category)).findFirst().orElseThrow();
  }

  @Test
  @Clause("INS-1")
  void aMultiWordHashtagGetsItsCamelCase() {
    Finding f = only(CCCG, "Join us at #openeveningatcityandislington this Saturday", "accessibility.hashtag");
    assertThat(f.severity()).isEqualTo(Action.WARN);
    assertThat(f.evidence()).isEqualTo("#openeveningatcityandislington");
    assertThat(f.suggestion()).isEqualTo("#OpenEveningAtCityAndIslington");
    assertThat(only(STAFF, "#PROUDTEACHER moment", "accessibility.hashtag").suggestion()).isEqualTo("#ProudTeacher");
    for (String fine : List.of("#OpenEvening at #CCCG", "#results2024", "#maths", "C# and Java course", "#nhs")) {
      assertThat(categories(CCCG, fine)).as(fine).doesNotContain("accessibility.hashtag");
    }
  }

  @Test
  @Clause("INS-1")
  void picturesWithoutAltTextEmojiRunsCapitalsAndVagueLinks() {
    CheckContext pictures = CheckContext.of(TextKind.POST).withMedia(List.of(Media.image("team.jpg", ""), Media.image("lab.jpg", "Learners in the lab")));
    assertThat(CCCG.check("Our new lab", pictures).findings()).extracting(Finding::category, Finding::evidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("accessibility.alt-text", "picture team.jpg has no alt text"));
    assertThat(categories(CCCG, "Results day 🎉🎉🎉🎉 well done")).contains("accessibility.emoji");
    assertThat(categories(CCCG, "Results day 👩🏽‍🎓🎉 well done 💙")).doesNotContain("accessibility.emoji"); // a joined emoji counts once
    assertThat(categories(CCCG, "OPEN EVENING THIS SATURDAY AT 10AM")).contains("accessibility.capitals");
    assertThat(categories(CCCG, "GCSE and BTEC results from UCAS and CCCG")).doesNotContain("accessibility.capitals");
    assertThat(categories(CCCG, "Click here to apply: https://www.capitalccg.ac.uk/apply")).contains("accessibility.link-text");
    assertThat(categories(CCCG, "Applications are open, link in bio")).isEmpty();
    assertThat(post(CCCG, "Click here").verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void packsConfigureTheThresholdsAndWords() {
    Checker strict = Checker.of(PackLoader.parse("""
        pack: a11y
        title: Accessibility only
        owner: Test
        approved: { by: Test, on: 2026-01-01 }
        review-by: 2030-01-01
        audience: [staff]
        clauses:
          INS-1: { section: "institution-added", kind: check, text: "Posts are accessible to everyone who reads them." }
        rules:
          - { id: a11y, clause: INS-1, when: { detector: accessibility }, action: warn, say: "Make it accessible." }
        settings:
          accessibility.emoji-run: 2
          accessibility.capitals-words: 2
          accessibility.words: [Haringey]
          accessibility.link-phrases: [tap to see]
        """, "a11y.yaml"));
    assertThat(categories(strict, "Well done 🎉🎉")).contains("accessibility.emoji");
    assertThat(categories(strict, "WELL DONE")).contains("accessibility.capitals");
    assertThat(categories(strict, "Tap to see the timetable")).contains("accessibility.link-text");
    assertThat(only(strict, "#welcometoharingey", "accessibility.hashtag").suggestion()).isEqualTo("#WelcomeToHaringey");
  }
}
