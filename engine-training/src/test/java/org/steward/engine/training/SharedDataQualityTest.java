package org.steward.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.steward.engine.Clause;
import org.steward.engine.learn.Evaluate;
import org.steward.engine.learn.Example;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.TextModel;

/**
 * The shipped model on the held-out rows of ../shared/datasets (never trained on): floors a little
 * below the figures in docs/quality.md. Skips, saying why, when the datasets are absent.
 */
class SharedDataQualityTest {
  static Path datasets() {
    for (String p : new String[] {"../../shared/datasets", "../shared/datasets", System.getProperty("steward.datasets", "")}) {
      if (!p.isEmpty() && Files.isRegularFile(Path.of(p, "edos_train_dev.csv"))) {
        return Path.of(p);
      }
    }
    return null;
  }

  @Test
  @Clause({"CON-1", "CON-2", "CON-13"})
  void heldOutQualityStaysAboveTheRecordedFloors() throws IOException {
    Path data = datasets();
    Assumptions.assumeTrue(data != null, "skipped: ../shared/datasets is absent (the held-out development data)");
    List<Datasets.Row> rows = new ArrayList<>();
    rows.addAll(Datasets.davidson(data.resolve("davidson_labeled_data.csv")));
    rows.addAll(Datasets.edos(data.resolve("edos_train_dev.csv")));
    rows.addAll(Datasets.toxigen(data.resolve("toxigen_statements.csv")));
    List<Example> test = new ArrayList<>();
    List<Example> toxigen = new ArrayList<>();
    for (Datasets.Row r : rows) {
      if (r.split() == Datasets.Split.TEST) {
        test.add(r.example());
        if (r.example().source().equals("toxigen")) {
          toxigen.add(r.example());
        }
      }
    }
    TextModel m = LearnedDetectors.shipped();
    double[][] p = Evaluate.probabilities(m, test);
    assertThat(Evaluate.metrics(test, p, Datasets.HATE, 0.45).macroF1()).as("hate").isGreaterThan(0.64);
    assertThat(Evaluate.metrics(test, p, Datasets.SEXISM, 0.45).macroF1()).as("sexism").isGreaterThan(0.70);
    assertThat(Evaluate.metrics(test, p, Datasets.HARASSMENT, 0.6).macroF1()).as("harassment").isGreaterThan(0.67);
    assertThat(Evaluate.metrics(test, p, Datasets.TONE, 0.7).macroF1()).as("tone").isGreaterThan(0.87);
    double[][] pt = Evaluate.probabilities(m, toxigen);
    assertThat(Evaluate.metrics(toxigen, pt, Datasets.HATE, 0.45).macroF1()).as("toxigen hate").isGreaterThan(0.80);
  }
}
