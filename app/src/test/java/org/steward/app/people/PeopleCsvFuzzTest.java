package org.steward.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.steward.app.fuzz.TimeBound;

/**
 * Fuzzes the people import's parsing (issue #8): {@code CsvReader.read}, the first thing {@link
 * PeopleImport#importCsv} does with an uploaded file, on any bytes. It must never throw, must either
 * report problems or give records in line order, and must take time linear in the file (checked also
 * on the input repeated to 256 KB). The committed corpus in {@code PeopleCsvFuzzTestInputs/} replays in
 * every build; {@code ./mvnw -Pfuzz verify} fuzzes (README, "Fuzzing").
 */
class PeopleCsvFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readAnyFile(byte[] file) {
    read(file);
    if (file.length > 0 && file.length < TimeBound.AMPLIFIED / 4) {
      read(TimeBound.repeat(file));
    }
  }

  private static void read(byte[] file) {
    TimeBound.assertWithin(file.length, () -> {
      CsvReader.Result r = CsvReader.read(file, PeopleImport.MAX_ROWS + 1);
      assertThat(r.records()).isNotNull();
      assertThat(r.problems()).isNotNull();
      if (r.problems().isEmpty()) {
        int previous = 0;
        for (CsvReader.CsvRecord record : r.records()) {
          assertThat(record.line()).isGreaterThan(previous);
          assertThat(record.fields()).doesNotContainNull();
          previous = record.line();
        }
      } else {
        r.problems().forEach(p -> assertThat(p.message()).isNotBlank());
      }
    });
  }
}
