package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Checks;
import org.steward.engine.Clause;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPacks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScanCommandTest {
  private static List<String> scan(String input) throws IOException {
    return scan(Checks.CCCG, input.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> scan(Checker checker, byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScanCommand.scan(checker, CheckContext.of(TextKind.POST), new ByteArrayInputStream(input), out);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aLineThatIsNotUtf8GetsAnErrorAndTheScanGoesOn() throws IOException {
    byte[] input = concat("{\"id\": \"a\", \"text\": \"hello\"}\n".getBytes(StandardCharsets.UTF_8),
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'b', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
        "{\"id\": \"c\", \"text\": \"caf\u00e9\"}\r\n".getBytes(StandardCharsets.UTF_8));
    List<String> expected = List.of(
        "{\"id\":\"a\",\"verdict\":\"pass\",\"findings\":[]}",
        "{\"id\":null,\"error\":\"line 2: the line is not valid UTF-8 text (save the file as UTF-8)\"}",
        "{\"id\":\"c\",\"verdict\":\"pass\",\"findings\":[]}");
    assertThat(scan(Checks.CCCG, input)).isEqualTo(expected);
    // the same from a file with --input (it used to abort there, while standard input replaced the byte)
    Path in = Files.createTempFile("scan", ".jsonl");
    Path out = Files.createTempFile("scan", ".out.jsonl");
    try {
      Files.write(in, input);
      assertThat(Main.run(new String[] {"scan", "--policy", "cccg-policy", "--input", in.toString(), "--output", out.toString()})).isZero();
      assertThat(Files.readAllLines(out)).isEqualTo(expected);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }

  @Test
  void aTextTheEngineFailsOnGetsAnErrorAndTheScanGoesOn() throws IOException {
    Checker checker = Checks.failingOn("boom");
    List<String> lines = scan(checker, """
        {"id": "a", "text": "boom"}
        {"id": "b", "text": "hello"}
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).containsExactly(
        "{\"id\":\"a\",\"error\":\"the engine could not check this text (IllegalStateException); please report it\"}",
        "{\"id\":\"b\",\"verdict\":\"pass\",\"findings\":[]}");
  }

  @Test
  void anOverlongLineGetsAnErrorWithoutBeingKept() throws IOException {
    byte[] huge = new byte[ScanCommand.MAX_LINE_MIB * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    List<String> lines = scan(Checks.CCCG, concat(huge, "\n{\"id\": \"b\", \"text\": \"hello\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(lines).containsExactly(
        "{\"id\":null,\"error\":\"line 1: the line is longer than 16 MiB\"}",
        "{\"id\":\"b\",\"verdict\":\"pass\",\"findings\":[]}");
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
    JsonNode b = JsonMapper.shared().readTree(lines.get(1));
    assertThat(b.get("id").stringValue()).isEqualTo("b");
    assertThat(b.get("verdict").stringValue()).isEqualTo("review");
    assertThat(lines.get(1)).contains("\"category\":\"pii.email\"", "\"start\":9", "\"end\":23", "\"evidence\":\"jo@example.com\"", "\"clause\":\"CON-3\"");
    assertThat(lines.get(2)).startsWith("{\"id\":\"3\",\"verdict\":\"block\"");
  }

  @Test
  @Clause({"SAF-3", "INS-1"})
  void writesARouteForTheSafeguardingLeadAndASuggestedFix() throws IOException {
    List<String> lines = scan("""
        {"id": "a", "text": "i want to kill myself"}
        {"id": "b", "text": "Join us! #openeveningatcityandislington"}
        """);
    JsonNode a = JsonMapper.shared().readTree(lines.get(0)).get("findings").get(0);
    assertThat(a.get("category").stringValue()).isEqualTo("safeguarding.self-harm");
    assertThat(a.get("route").stringValue()).isEqualTo("safeguarding");
    assertThat(a.has("suggestion")).isFalse();
    JsonNode b = JsonMapper.shared().readTree(lines.get(1)).get("findings").get(0);
    assertThat(b.get("category").stringValue()).isEqualTo("accessibility.hashtag");
    assertThat(b.get("suggestion").stringValue()).isEqualTo("#OpenEveningAtCityAndIslington");
    assertThat(b.has("route")).isFalse();
    // the optional members come last, after message, in the order suggestion, route
    assertThat(lines.get(0)).contains("\"message\":").endsWith(",\"route\":\"safeguarding\"}]}");
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
    assertThat(JsonMapper.shared().readTree(lines.get(0)).get("verdict").stringValue()).isEqualTo("warn");
  }

  @Test
  void everyThreadCountWritesTheSameLinesInTheSameOrder() throws IOException {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      in.append(switch (i % 7) {
        case 0 -> "{\"id\": " + i + ", \"text\": \"what the fuck\"}";
        case 1 -> "not json " + i;
        case 2 -> "{\"id\": \"x" + i + "\", \"text\": \"mail jo" + i + "@example.com\", \"kind\": \"comment\"}";
        case 3 -> "";
        case 4 -> "{\"id\": " + i + ", \"text\": \"" + "a long and ordinary post ".repeat(i % 50) + "\"}";
        case 5 -> "{\"id\": " + i + ", \"kind\": \"tweet\", \"text\": \"hi\"}";
        default -> "{\"id\": " + i + ", \"text\": \"Vote Labour!\"}";
      }).append('\n');
    }
    byte[] input = in.toString().getBytes(StandardCharsets.UTF_8);
    List<String> one = scan(Checks.CCCG, input);
    assertThat(one).hasSize(2_000 - 2_000 / 7 - 1);
    for (int threads : new int[] {2, 5}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ScanCommand.scan(Checks.CCCG, CheckContext.of(TextKind.POST), new ByteArrayInputStream(input), out, threads);
      assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).as("%d threads", threads).isEqualTo(one);
    }
  }

  @Test
  void usageErrorsExitWithStatusTwo() {
    assertThat(Main.run(new String[] {"scan"})).isEqualTo(2);
    assertThat(Main.run(new String[] {"frobnicate"})).isEqualTo(2);
    assertThat(Main.run(new String[] {"scan", "--policy", "cccg-policy", "--threads", "0"})).isEqualTo(2);
    assertThat(Main.run(new String[] {"scan", "--policy", "no-such-pack"})).isEqualTo(1);
  }
}
