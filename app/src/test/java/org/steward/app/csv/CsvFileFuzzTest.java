package org.steward.app.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.steward.app.fuzz.TimeBound;

/**
 * Fuzzes the imports' parsing (issue #8; both imports read through {@link CsvFile} since issue #9):
 * {@code CsvFile.read} on any bytes. It must never throw, must either report problems (each with a
 * sentence) or give rows in line order, and must take time linear in the file (checked also on
 * the input repeated to 256 KB). The committed corpus in {@code CsvFileFuzzTestInputs/} (the people
 * and account import corpora together) replays in every build; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class CsvFileFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readAnyFile(byte[] file) {
    read(file);
    if (file.length > 0 && file.length < TimeBound.AMPLIFIED / 4) {
      read(TimeBound.repeat(file));
    }
  }

  private static void read(byte[] file) {
    TimeBound.assertWithin(file.length, () -> {
      CsvFile.Result r = CsvFile.read(file, 10_001);
      assertThat(r.rows()).isNotNull();
      assertThat(r.problems()).isNotNull();
      if (r.problems().isEmpty()) {
        int previous = 0;
        for (CsvFile.Row row : r.rows()) {
          assertThat(row.line()).isGreaterThan(previous);
          assertThat(row.fields()).doesNotContainNull();
          previous = row.line();
        }
      } else {
        r.problems().forEach(p -> assertThat(p.message()).isNotBlank());
      }
    });
  }
}
