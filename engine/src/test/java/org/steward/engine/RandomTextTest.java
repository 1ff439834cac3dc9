package org.steward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Random texts over the characters the hand-written scanners branch on: every one ends, spans stay in range. */
class RandomTextTest {
  private static final String ALPHABET = "aA1(+ -.)@:/9#*!$|_\u0301\u202E\u200B\uD800\uDC00\u0430\uFF46x0SW£,\n'";

  @Test
  @Timeout(60)
  void everyRandomTextGetsAnAnswerWithSpansInsideIt() {
    Random random = new Random(42);
    CheckContext ctx = CheckContext.of(TextKind.POST).withDirectory(PeopleDirectory.of(java.util.List.of(Person.learner("Ab Cd"))));
    for (int round = 0; round < 30_000; round++) {
      int len = random.nextInt(60);
      StringBuilder sb = new StringBuilder(len);
      for (int k = 0; k < len; k++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = sb.toString();
      for (Checker checker : new Checker[] {Checks.CCCG, Checks.STAFF}) {
        for (Finding f : checker.check(text, ctx).findings()) {
          assertThat(f.end()).as(text).isLessThanOrEqualTo(text.length());
          assertThat(f.start()).as(text).isLessThanOrEqualTo(f.end());
        }
      }
    }
  }
}
