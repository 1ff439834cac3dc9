package org.steward.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.builder()
      .add("swear", "profanity", 1, "fuck*", true)
      .add("swear", "profanity", 1, "shit", true)
      .add("swear", "profanity", 1, "cunt", true)
      .add("phrase", "threat", 1, "kill you", false)
      .add("phrase", "custom", 1, "*phobe", false)
      .allow("scunthorpe")
      .build();

  private List<String> find(String text) {
    NormalisedText n = Normaliser.normalise(text);
    Hits hits = new Hits();
    lexicon.scan(n, hits);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      out.add(text.substring(n.originalStart(hits.from(i)), n.originalEnd(hits.to(i) - 1)));
    }
    return out;
  }

  @Test
  @Clause("CON-1")
  void findsWholeWordsPrefixesAndPhrases() {
    assertThat(find("Fucking hell, I'll KILL   YOU")).containsExactly("Fucking", "KILL   YOU");
    assertThat(find("what a homophobe")).containsExactly("homophobe");
  }

  @Test
  @Clause("CON-1")
  void findsDisguisedSpellings() {
    assertThat(find("f*ck this")).containsExactly("f*ck");
    assertThat(find("sh!t and f.u.c.k and sh1t")).containsExactly("sh!t", "f.u.c.k", "sh1t");
    assertThat(find("c**t")).containsExactly("c**t");
  }

  @Test
  @Clause("CON-1")
  void ignoresInnocentLookAlikes() {
    assertThat(find("Scunthorpe United, shitake? no: shiitake, skill, cocktail, assess")).isEmpty();
  }

  @Test
  void scansInLinearTimeOnAMegabyte() {
    String big = "a".repeat(1_000_000);
    long t0 = System.nanoTime();
    assertThat(find(big)).isEmpty();
    assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
  }
}
