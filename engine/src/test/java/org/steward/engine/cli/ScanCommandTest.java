package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checks;
import org.steward.engine.Clause;
import org.steward.engine.TextKind;

class ScanCommandTest {
  private static List<String> scan(String input) throws IOException {
    StringWriter out = new StringWriter();
    ScanCommand.scan(Checks.CCCG, CheckContext.of(TextKind.POST), new BufferedReader(new StringReader(input)), out);
    return out.toString().lines().toList();
  }

  @Test
  @Clause({"CON-1", "CON-3"})
  void writesOneLinePerInputInOrder() throws IOException {
    List<String> lines = scan("""
        {"id": "a", "text": "hello"}
        {"id": "b", "text": "mail me: jo@example.com"}
        {"id": 3, "text": "what a f4ggot", "kind": "comment"}
        """);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("{\"id\":\"a\",\"verdict\":\"pass\",\"findings\":[]}");
    Map<String, Object> b = Json.readObject(lines.get(1));
    assertThat(b).containsEntry("id", "b").containsEntry("verdict", "review");
    assertThat(lines.get(1)).contains("\"category\":\"pii.email\"", "\"start\":9", "\"end\":23", "\"evidence\":\"jo@example.com\"", "\"clause\":\"CON-3\"");
    assertThat(lines.get(2)).startsWith("{\"id\":\"3\",\"verdict\":\"block\"");
  }

  @Test
  void badLinesGetAnErrorAndTheScanGoesOn() throws IOException {
    List<String> lines = scan("""
        not json
        {"id": "x", "text": 42}
        {"id": "y", "text": "fine", "kind": "tweet"}

        {"id": "z", "text": "still scanning"}
        """);
    assertThat(lines).containsExactly(
        "{\"id\":null,\"error\":\"line 1: invalid JSON at column 1: expected '{'\"}",
        "{\"id\":\"x\",\"error\":\"\\\"text\\\" must be a string\"}",
        "{\"id\":\"y\",\"error\":\"\\\"kind\\\" must be one of post, reply, comment, bio, blog, message\"}",
        "{\"id\":\"z\",\"verdict\":\"pass\",\"findings\":[]}");
  }

  @Test
  void escapesWhatItWrites() throws IOException {
    List<String> lines = scan("{\"id\": \"q\\\"\\n\", \"text\": \"bad \\ud800 f\\u0075ck\"}\n");
    assertThat(lines.get(0)).startsWith("{\"id\":\"q\\\"\\n\",\"verdict\":\"warn\"");
    assertThat(Json.readObject(lines.get(0))).containsEntry("verdict", "warn");
  }

  @Test
  void usageErrorsExitWithStatusTwo() {
    assertThat(Main.run(new String[] {"scan"})).isEqualTo(2);
    assertThat(Main.run(new String[] {"frobnicate"})).isEqualTo(2);
    assertThat(Main.run(new String[] {"scan", "--policy", "no-such-pack"})).isEqualTo(1);
  }
}
