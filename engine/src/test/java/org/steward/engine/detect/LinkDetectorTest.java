package org.steward.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.engine.Checks.CCCG;
import static org.steward.engine.Checks.STAFF;
import static org.steward.engine.Checks.categories;
import static org.steward.engine.Checks.post;

import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.Verdict;

class LinkDetectorTest {
  @Test
  @Clause("CON-9")
  void blockedSitesWithOrWithoutScheme() {
    assertThat(post(STAFF, "chat on omegle.com tonight").verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(categories(STAFF, "see https://www.onlyfans.com/someone")).containsExactly("link.blocked");
  }

  @Test
  @Clause("CON-8")
  void downloadsFileHostsAndShortenersAreReviewed() {
    assertThat(categories(CCCG, "free game http://games.example.com/setup.exe")).containsExactly("link.download");
    assertThat(categories(CCCG, "files at mega.nz/folder/abc")).containsExactly("link.download");
    assertThat(categories(CCCG, "read this bit.ly/3xYz")).containsExactly("link.shortener");
    assertThat(categories(CCCG, "course info at https://www.capitalccg.ac.uk/courses")).isEmpty();
  }

  @Test
  @Clause("CON-8")
  void lookAlikeAndPunycodeDomains() {
    assertThat(categories(CCCG, "log in at capitalccq.ac.uk")).containsExactly("link.lookalike");
    assertThat(categories(CCCG, "log in at http://xn--pple-43d.com")).containsExactly("link.lookalike");
    assertThat(categories(CCCG, "log in at capitalccg.ac.uk.login-check.com")).containsExactly("link.lookalike");
  }

  @Test
  @Clause("CON-8")
  void ordinaryDotsAreNotLinks() {
    assertThat(categories(CCCG, "e.g. this, i.e. that. Mr. Smith went home.")).isEmpty();
  }
}
