package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.steward.engine.Result;
import org.steward.engine.TextKind;
import tools.jackson.databind.json.JsonMapper;

/** Reading scan's input lines and writing its output lines with Jackson. */
class ScanLineTest {
  @Test
  void readsTheMembersItNeedsAndSkipsNestedValues() {
    ScanLine line = ScanLine.parse(4, "{\"id\": 7, \"text\": \"a\\\"b\\u00e9\\n\", \"ok\": true, \"x\": null, "
        + "\"meta\": {\"a\": [1, {\"b\": \"}\"}]}, \"kind\": \"reply\"}");
    assertThat(line).isEqualTo(new ScanLine(4, "7", "a\"bé\n", TextKind.REPLY, null));
    assertThat(ScanLine.parse(1, "  {\"text\": \"\"}  ")).isEqualTo(new ScanLine(1, null, "", null, null));
    assertThat(ScanLine.parse(1, "{\"id\": {\"nested\": 1}, \"text\": \"t\"}").id()).isNull();
  }

  @Test
  void rejectsBrokenLinesWithAColumn() {
    assertThat(ScanLine.parse(1, "not json").problem()).isEqualTo("invalid JSON at column 1: expected '{'");
    assertThat(ScanLine.parse(1, "  [1]").problem()).isEqualTo("invalid JSON at column 3: expected '{'");
    assertThat(ScanLine.parse(1, "{\"id\": \"x\"").problem()).startsWith("invalid JSON at column ").endsWith(": unexpected end of line");
    ScanLine trailing = ScanLine.parse(1, "{\"id\": \"x\", \"text\": \"t\"} trailing");
    assertThat(trailing.problem()).isEqualTo("invalid JSON at column 26: Unrecognized token 'trailing'");
    assertThat(trailing.id()).isEqualTo("x");
    assertThat(ScanLine.parse(1, "{\"id\": \"x\", \"text\": \"t\"} {}").problem()).isEqualTo("invalid JSON at column 26: unexpected text after the object");
    assertThat(ScanLine.parse(1, "{\"t\": \"\\q\"}").problem()).isEqualTo("invalid JSON at column 9: Unrecognized character escape 'q'");
  }

  @Test
  void namesWhatIsWrongWithAValidLine() {
    assertThat(ScanLine.parse(2, "{\"id\": \"x\", \"text\": 42}")).isEqualTo(new ScanLine(2, "x", null, null, "\"text\" must be a string"));
    assertThat(ScanLine.parse(2, "{\"id\": \"x\"}").problem()).isEqualTo("\"text\" must be a string");
    assertThat(ScanLine.parse(2, "{\"text\": \"t\", \"kind\": \"account\"}").problem())
        .isEqualTo("\"kind\" must be one of post, reply, comment, bio, blog, message");
  }

  @Test
  void writesValidJsonForAnyString() throws Exception {
    String nasty = "quote\" slash\\ tab\t bell\u0007 lone\uD800 pair\uD83D\uDE00";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ScanOutput out = new ScanOutput(bytes)) {
      out.error(nasty, 3, "why");
      out.result(null, Result.pass());
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines[0]).isEqualTo("{\"id\":\"quote\\\" slash\\\\ tab\\t bell\\u0007 lone\\uD800 pair\uD83D\uDE00\",\"error\":\"why\"}");
    assertThat(JsonMapper.shared().readTree(lines[0]).get("id").stringValue()).isEqualTo(nasty);
    assertThat(lines[1]).isEqualTo("{\"id\":null,\"verdict\":\"pass\",\"findings\":[]}");
    assertThat(lines[2]).isEmpty();
  }
}
