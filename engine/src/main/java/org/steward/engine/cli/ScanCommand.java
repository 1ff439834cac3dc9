package org.steward.engine.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.steward.engine.AccountKind;
import org.steward.engine.BatchChecker;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPacks;

/**
 * {@code scan --policy <pack id or file> [--kind post] [--account personal] [--audience staff]
 * [--input FILE|-] [--output FILE|-] [--threads N]}: reads JSON lines {@code {"id","text","kind"?}} and
 * writes one result line per input, in order, checking on every processor by default ({@link BatchChecker}). A bad line yields {@code {"id":…,"error":…}} and the scan goes on:
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
    int threads = threads(args.option("threads", String.valueOf(BatchChecker.defaultThreads())));
    Checker checker = Checker.of(PolicyPacks.resolve(policy));
    String input = args.option("input", "-");
    String output = args.option("output", "-");
    try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
        OutputStream out = new BufferedOutputStream(output.equals("-") ? System.out : Files.newOutputStream(Path.of(output)), 1 << 16)) {
      scan(checker, base, in, out, threads);
    }
    return 0;
  }

  /** Scans every line of {@code in} (UTF-8) on one thread; see {@link #scan(Checker, CheckContext, InputStream, OutputStream, int)}. */
  static void scan(Checker checker, CheckContext base, InputStream in, OutputStream out) throws IOException {
    scan(checker, base, in, out, 1);
  }

  /**
   * Scans every line of {@code in} (UTF-8) and writes one JSON line per input line, in input order
   * (blank lines are skipped), checking on {@code threads} threads. Memory stays bounded whatever
   * the input's length: lines are read as the checks need them and written as they come back.
   */
  static void scan(Checker checker, CheckContext base, InputStream in, OutputStream out, int threads) throws IOException {
    CheckContext[] byKind = new CheckContext[TextKind.values().length];
    for (TextKind k : TextKind.values()) {
      byKind[k.ordinal()] = base.withKind(k);
    }
    ScanOutput results = new ScanOutput(out);
    try (BatchChecker batch = BatchChecker.of(checker, threads)) {
      batch.checkAll(lines(new Utf8Lines(in, MAX_LINE_MIB * 1024 * 1024)),
          line -> line.problem() != null ? null
              : new BatchChecker.Item(line.text(), line.kind() == null ? base : byKind[line.kind().ordinal()]),
          done -> write(results, done));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    results.flush();
  }

  private static void write(ScanOutput results, BatchChecker.Checked<ScanLine> done) {
    ScanLine line = done.input();
    if (line.problem() != null) {
      results.error(line.id(), line.number(), line.problem());
    } else if (done.fault() != null) {
      // An engine fault on one text must not cost the rest of the file: say so on its line and go on.
      results.error(line.id(), line.number(), "the engine could not check this text (" + done.fault().getClass().getSimpleName()
          + "); please report it");
      System.err.println("line " + line.number() + ": " + done.fault());
    } else {
      results.result(line.id(), done.result());
    }
  }

  /** Returns the lines of {@code lines} that are not blank, each read as JSON (or with the reason it cannot be read). */
  private static Iterator<ScanLine> lines(Utf8Lines lines) {
    return new Iterator<>() {
      private ScanLine next = advance();

      private ScanLine advance() {
        try {
          for (Utf8Lines.Line read = lines.next(); read != null; read = lines.next()) {
            if (read.text() == null) {
              return ScanLine.unreadable(read.number(), read.problem());
            }
            if (!read.text().isBlank()) {
              return ScanLine.parse(read.number(), read.text());
            }
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ScanLine next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        ScanLine current = next;
        next = advance();
        return current;
      }
    };
  }

  private static int threads(String s) {
    try {
      int n = Integer.parseInt(s);
      if (n >= 1 && n <= 256) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--threads must be a whole number from 1 to 256");
  }

  private static TextKind parseKind(String s) {
    TextKind k = TextKind.parse(s);
    if (k == null || k == TextKind.ACCOUNT) {
      throw new UsageException("--kind must be one of post, reply, comment, bio, blog, message");
    }
    return k;
  }
}
