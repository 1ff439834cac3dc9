package org.steward.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checks;
import org.steward.engine.Finding;
import org.steward.engine.TextKind;

/** Runs where ../shared/datasets exists (CI); skips with a message on a fresh machine. */
class DatasetCorpusTest {
  private static Path folder() {
    var folder = DatasetCorpus.folder();
    Assumptions.assumeTrue(folder.isPresent(), "skipped: ../shared/datasets is absent (a fresh clone has no shared folder)");
    return folder.get();
  }

  @Test
  void buildsAtLeastOneHundredThousandTextsDeterministically() {
    Path folder = folder();
    List<String> a = DatasetCorpus.build(folder, 100_000);
    List<String> b = DatasetCorpus.build(folder, 100_000);
    assertThat(a).hasSize(100_000).isEqualTo(b);
    assertThat(DatasetCorpus.sources(folder)).hasSizeGreaterThan(40_000);
    // texts do not come round again (a peer filter that caches its results must not gain from it)
    assertThat(new java.util.HashSet<>(DatasetCorpus.build(folder, 200_000))).hasSizeGreaterThan(199_000);
  }

  @Test
  void everyDatasetTextIsCheckedWithSpansInsideIt() {
    for (String text : DatasetCorpus.sources(folder())) {
      for (Finding f : Checks.CCCG.check(text, CheckContext.of(TextKind.POST)).findings()) {
        assertThat(f.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
