package org.steward.engine.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.Result;
import org.steward.engine.TextKind;
import org.steward.engine.pack.PolicyPacks;

/**
 * Single-thread throughput of {@code Checker.check} with every detector of the cccg pack on, over
 * 120,000 texts built from ../shared/datasets; and the time for one 1 MB text. Run (see
 * docs/benchmarks.md): {@code java -cp … org.openjdk.jmh.Main CheckerBenchmark -prof gc}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class CheckerBenchmark {
  private Checker checker;
  private CheckContext ctx;
  private List<String> corpus;
  private String megabyte;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Path folder = DatasetCorpus.folder().orElseThrow(() -> new IllegalStateException("../shared/datasets is absent"));
    corpus = DatasetCorpus.build(folder, 120_000);
    checker = Checker.of(PolicyPacks.byId("cccg-policy").orElseThrow());
    ctx = CheckContext.of(TextKind.POST);
    StringBuilder sb = new StringBuilder(1_100_000);
    for (int i = 0; sb.length() < 1_000_000; i++) {
      sb.append(corpus.get(i)).append('\n');
    }
    megabyte = sb.toString();
  }

  /** One text per call, cycling through the corpus: ops/s is texts per second on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Result checkText() {
    String text = corpus.get(next);
    next = next + 1 == corpus.size() ? 0 : next + 1;
    return checker.check(text, ctx);
  }

  /** One text of about 1 MB (dataset texts joined by newlines). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Result checkMegabyte() {
    return checker.check(megabyte, ctx);
  }
}
