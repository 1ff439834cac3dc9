package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.Finding;
import org.steward.engine.Verdict;

class ProfanityDetectorTest {
  @Test
  @Clause("CON-13")
  void warnsOnProfanityIncludingDisguisedSpellings() {
    for (String text : new String[] {"what the fuck", "F*CK this", "f u c k off", "f.u.c.k", "fuuuuuck", "sh1t day", "ｆｕｃｋ", "\u0455\u04bbit"}) {
      assertThat(categories(CCCG, text)).as(text).contains("profanity");
      assertThat(post(CCCG, text).verdict()).as(text).isEqualTo(Verdict.WARN);
    }
  }

  @Test
  @Clause("CON-1")
  void blocksSlursAsTheirOwnCategory() {
    Finding f = post(CCCG, "he is such a f4ggot").findings().get(0);
    assertThat(f.category()).isEqualTo("slur");
    assertThat(f.clause()).isEqualTo("CON-1");
    assertThat(f.evidence()).isEqualTo("f4ggot");
    assertThat(post(CCCG, "he is such a f4ggot").verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  @Clause({"CON-1", "CON-13"})
  void leavesInnocentLookAlikesAlone() {
    for (String text : new String[] {"Scunthorpe United won", "We will assess your work", "cocktail party", "Dickens and Hancock",
        "a classic passage", "Middlesex and Essex", "we analyse the document"}) {
      assertThat(categories(CCCG, text)).as(text).isEmpty();
    }
  }

  @Test
  @Clause("CON-13")
  void reportsTheSpanInTheOriginalText() {
    String text = "Honestly, F.U.C.K that";
    Finding f = post(CCCG, text).findings().get(0);
    assertThat(text.substring(f.start(), f.end())).isEqualTo("F.U.C.K");
  }
}
