package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed docs/traceability.md must equal what {@code trace} generates now. When it fails
 * (a clause, rule or {@code @Clause} test changed, in any module), regenerate it with the command
 * in the message and commit the file.
 */
class TraceabilityDocTest {
  @Test
  void committedTableIsUpToDate() throws IOException {
    Path root = Path.of("..");
    Path doc = root.resolve("docs/traceability.md");
    String expected = TraceCommand.render(root);
    String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    assertThat(actual)
        .as("docs/traceability.md is out of date; regenerate it from the project root with:%n  %s%n", TraceCommand.REGENERATE)
        .isEqualTo(expected);
  }
}
