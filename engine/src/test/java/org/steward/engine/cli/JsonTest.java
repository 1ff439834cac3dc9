package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.steward.engine.pack.PolicyClause;
import org.steward.engine.pack.PolicyPacks;

class JsonTest {
  @Test
  void readsFlatObjectsAndSkipsNestedValues() {
    assertThat(Json.readObject("{\"id\": 7, \"text\": \"a\\\"b\\u00e9\\n\", \"ok\": true, \"x\": null, \"meta\": {\"a\": [1, {\"b\": \"}\"}]}}"))
        .containsEntry("id", 7.0)
        .containsEntry("text", "a\"bé\n")
        .containsEntry("ok", Boolean.TRUE)
        .containsEntry("x", null)
        .containsEntry("meta", null);
    assertThat(Json.readObject("  {}  ")).isEmpty();
  }

  @Test
  void rejectsBrokenLinesWithAColumn() {
    assertThatThrownBy(() -> Json.readObject("{\"id\": \"x\"")).hasMessageContaining("column");
    assertThatThrownBy(() -> Json.readObject("{\"id\": \"x\"} trailing")).hasMessageContaining("after the object");
    assertThatThrownBy(() -> Json.readObject("{\"t\": \"\\q\"}")).hasMessageContaining("bad escape");
  }

  @Test
  void writesValidJsonForAnyString() {
    StringBuilder sb = new StringBuilder();
    Json.writeString(sb, "quote\" slash\\ tab\t bell\u0007 lone\uD800 pair\uD83D\uDE00");
    assertThat(sb.toString()).isEqualTo("\"quote\\\" slash\\\\ tab\\t bell\\u0007 lone\\ud800 pair\uD83D\uDE00\"");
    assertThat(Json.readObject("{\"s\": " + sb + "}").get("s")).isEqualTo("quote\" slash\\ tab\t bell\u0007 lone\uD800 pair\uD83D\uDE00");
  }

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
