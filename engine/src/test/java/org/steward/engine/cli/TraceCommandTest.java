package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPacks;

class TraceCommandTest {
  @Test
  void traceListsEveryClauseOfEveryShippedPack() {
    String table = TraceCommand.render(Path.of(".."));
    for (var pack : PolicyPacks.builtIn()) {
      assertThat(table).contains("## " + pack.id());
      for (PolicyClause c : pack.clauses()) {
        assertThat(table).contains("| " + c.id() + " | ");
      }
    }
    assertThat(table).contains("`cccg.slur` (block)", "engine: detect.ProfanityDetectorTest#blocksSlursAsTheirOwnCategory");
  }
}
