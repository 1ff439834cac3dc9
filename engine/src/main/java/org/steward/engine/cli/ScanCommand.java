package org.steward.engine.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.steward.engine.AccountKind;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
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
        OutputStream out = new BufferedOutputStream(output.equals("-") ? System.out : Files.newOutputStream(Path.of(output)), 1 << 16)) {
      scan(checker, base, in, out);
    }
    return 0;
  }

  /** Scans every line of {@code in} (UTF-8) and writes one JSON line per input line (blank lines are skipped). */
  static void scan(Checker checker, CheckContext base, InputStream in, OutputStream out) throws IOException {
    CheckContext[] byKind = new CheckContext[TextKind.values().length];
    Utf8Lines lines = new Utf8Lines(in, MAX_LINE_MIB * 1024 * 1024);
    ScanOutput results = new ScanOutput(out);
    for (Utf8Lines.Line read = lines.next(); read != null; read = lines.next()) {
      if (read.text() != null && read.text().isBlank()) {
        continue;
      }
      ScanLine line = read.text() == null ? ScanLine.unreadable(read.number(), read.problem()) : ScanLine.parse(read.number(), read.text());
      if (line.problem() != null) {
        results.error(line.id(), line.number(), line.problem());
        continue;
      }
      CheckContext ctx = base;
      if (line.kind() != null) {
        if (byKind[line.kind().ordinal()] == null) {
          byKind[line.kind().ordinal()] = base.withKind(line.kind());
        }
        ctx = byKind[line.kind().ordinal()];
      }
      try {
        results.result(line.id(), checker.check(line.text(), ctx));
      } catch (RuntimeException | StackOverflowError e) {
        // An engine fault on one text must not cost the rest of the file: say so on its line and go on.
        results.error(line.id(), line.number(), "the engine could not check this text (" + e.getClass().getSimpleName() + "); please report it");
        System.err.println("line " + line.number() + ": " + e);
      }
    }
    results.flush();
  }

  private static TextKind parseKind(String s) {
    TextKind k = TextKind.parse(s);
    if (k == null || k == TextKind.ACCOUNT) {
      throw new UsageException("--kind must be one of post, reply, comment, bio, blog, message");
    }
    return k;
  }
}
