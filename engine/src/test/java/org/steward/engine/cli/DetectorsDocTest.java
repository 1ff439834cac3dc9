package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.pack.PolicyPacks;

/**
 * The detector table of docs/packs.md must be what {@code detectors} generates from the registry now.
 * When it fails (a detector, its categories or dependencies, or a shipped rule changed), regenerate
 * it with the command in the message and commit the file.
 */
class DetectorsDocTest {
  @Test
  void theDetectorTableOfThePackGuideIsUpToDate() throws IOException {
    String doc = Files.readString(Path.of("../docs/packs.md"), StandardCharsets.UTF_8);
    assertThat(DetectorsCommand.table(doc))
        .as("the detector table of docs/packs.md is out of date; regenerate it from the project root with:%n  %s%n",
            DetectorsCommand.REGENERATE)
        .isEqualTo(DetectorsCommand.render(DetectorRegistry.shipped(), PolicyPacks.builtIn()));
  }

  @Test
  void writesTheTableBetweenTheMarkersOnly() {
    String doc = "# Guide\n\nbefore\n" + DetectorsCommand.START + "\nold table\n" + DetectorsCommand.END + "\nafter\n";
    String updated = DetectorsCommand.withTable(doc, "| new |\n");
    assertThat(updated).isEqualTo("# Guide\n\nbefore\n" + DetectorsCommand.START + "\n| new |\n" + DetectorsCommand.END + "\nafter\n");
    assertThat(DetectorsCommand.table(updated)).isEqualTo("| new |\n");
  }
}
