package org.steward.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Finding;
import org.steward.engine.Result;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPacks;

/**
 * {@code scan --policy <pack id or file> [--kind post] [--account personal] [--audience staff]
 * [--input FILE|-] [--output FILE|-]}: reads JSON lines {@code {"id","text","kind"?}} and writes one
 * result line per input, in order. A bad line yields {@code {"id":…,"error":…}} and the scan goes on:
 * a line that is not UTF-8 (from a file or from standard input alike), not JSON, longer than
 * {@value #MAX_LINE_MIB} MiB, or that the engine fails on.
 */
final class ScanCommand {
  /** The longest input line read; a longer one gets an error line (a 1 MiB text escaped as JSON fits easily). */
  static final int MAX_LINE_MIB = 16;

  private ScanCommand() {}

  static int run(Args args) throws IOException {
    String policy = args.required("policy");
    TextKind defaultKind = parseKind(args.option("kind", "post"));
    CheckContext base = CheckContext.of(defaultKind);
    String account = args.option("account", null);
    if (account != null) {
      AccountKind a = AccountKind.parse(account);
      if (a == null) {
        throw new UsageException("--account must be one of official, departmental, personal");
      }
      base = base.withAccount(a, args.option("audience", null));
    }
    Checker checker = Checker.of(PolicyPacks.resolve(policy));
    String input = args.option("input", "-");
    String output = args.option("output", "-");
    try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
        Writer out = output.equals("-") ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
            : Files.newBufferedWriter(Path.of(output))) {
      scan(checker, base, in, out);
    }
    return 0;
  }

  /** Scans every line of {@code in} (UTF-8) and writes one JSON line per input line (blank lines are skipped). */
  static void scan(Checker checker, CheckContext base, InputStream in, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(512);
    CheckContext[] byKind = new CheckContext[TextKind.values().length];
    Utf8Lines lines = new Utf8Lines(in, MAX_LINE_MIB * 1024 * 1024);
    for (Utf8Lines.Line read = lines.next(); read != null; read = lines.next()) {
      int lineNo = read.number();
      String line = read.text();
      sb.setLength(0);
      if (line == null) {
        error(sb, null, lineNo, read.problem());
        out.append(sb.append('\n'));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String id = null;
      try {
        Map<String, Object> obj = Json.readObject(line);
        Object rawId = obj.get("id");
        id = rawId == null ? null : rawId instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : rawId.toString();
        if (!(obj.get("text") instanceof String text)) {
          throw new IllegalArgumentException("\"text\" must be a string");
        }
        CheckContext ctx = base;
        if (obj.get("kind") != null) {
          TextKind kind = TextKind.parse(String.valueOf(obj.get("kind")));
          if (kind == null || kind == TextKind.ACCOUNT) {
            throw new IllegalArgumentException("\"kind\" must be one of post, reply, comment, bio, blog, message");
          }
          if (byKind[kind.ordinal()] == null) {
            byKind[kind.ordinal()] = base.withKind(kind);
          }
          ctx = byKind[kind.ordinal()];
        }
        write(sb, id, checker.check(text, ctx));
      } catch (IllegalArgumentException e) {
        sb.setLength(0);
        error(sb, id, lineNo, e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        // An engine fault on one text must not cost the rest of the file: say so on its line and go on.
        sb.setLength(0);
        error(sb, id, lineNo, "the engine could not check this text (" + e.getClass().getSimpleName() + "); please report it");
        System.err.println("line " + lineNo + ": " + e);
      }
      sb.append('\n');
      out.append(sb);
    }
    out.flush();
  }

  private static void error(StringBuilder sb, String id, int lineNo, String message) {
    sb.append("{\"id\":");
    if (id == null) {
      sb.append("null");
    } else {
      Json.writeString(sb, id);
    }
    sb.append(",\"error\":");
    Json.writeString(sb, (id == null ? "line " + lineNo + ": " : "") + message);
    sb.append('}');
  }

  static void write(StringBuilder sb, String id, Result r) {
    sb.append("{\"id\":");
    if (id == null) {
      sb.append("null");
    } else {
      Json.writeString(sb, id);
    }
    sb.append(",\"verdict\":\"").append(r.verdict().id()).append("\",\"findings\":[");
    boolean first = true;
    for (Finding f : r.findings()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append("{\"rule\":");
      Json.writeString(sb, f.rule());
      sb.append(",\"clause\":");
      Json.writeString(sb, f.clause());
      sb.append(",\"category\":");
      Json.writeString(sb, f.category());
      sb.append(",\"severity\":\"").append(f.severity().id()).append('"');
      sb.append(",\"start\":").append(f.start()).append(",\"end\":").append(f.end());
      sb.append(",\"score\":").append(Math.round(f.score() * 1000) / 1000.0);
      sb.append(",\"evidence\":");
      Json.writeString(sb, f.evidence());
      sb.append(",\"message\":");
      Json.writeString(sb, f.message());
      if (!f.suggestion().isEmpty()) {
        sb.append(",\"suggestion\":");
        Json.writeString(sb, f.suggestion());
      }
      if (!f.route().isEmpty()) {
        sb.append(",\"route\":");
        Json.writeString(sb, f.route());
      }
      sb.append('}');
    }
    sb.append("]}");
  }

  private static TextKind parseKind(String s) {
    TextKind k = TextKind.parse(s);
    if (k == null || k == TextKind.ACCOUNT) {
      throw new UsageException("--kind must be one of post, reply, comment, bio, blog, message");
    }
    return k;
  }
}
