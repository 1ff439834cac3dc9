package org.steward.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.TextKind;
import org.steward.engine.Verdict;
import org.steward.engine.pack.PolicyPacks;

/**
 * Plain-loop throughput and allocation per text over the dataset corpus, one thread, and writes the
 * corpus as JSON lines for timing the {@code scan} command. Usage: {@code ScanThroughput [SIZE] [CORPUS.jsonl]}.
 */
public final class ScanThroughput {
  private ScanThroughput() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    Path folder = DatasetCorpus.folder().orElseThrow(() -> new IllegalStateException("../shared/datasets is absent"));
    List<String> corpus = DatasetCorpus.build(folder, size);
    if (args.length > 1) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < corpus.size(); i++) {
          sb.setLength(0);
          sb.append("{\"id\":\"t").append(i).append("\",\"text\":\"");
          for (char c : corpus.get(i).toCharArray()) {
            if (c == '"' || c == '\\') {
              sb.append('\\').append(c);
            } else if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
          w.append(sb).append("\"}\n");
        }
      }
    }
    Checker checker = Checker.of(PolicyPacks.byId("cccg-policy").orElseThrow());
    CheckContext ctx = CheckContext.of(TextKind.POST);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long chars = corpus.stream().mapToLong(String::length).sum();
    for (int pass = 0; pass < 5; pass++) {
      int[] verdicts = new int[Verdict.values().length];
      long a0 = mx.getCurrentThreadAllocatedBytes();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (String text : corpus) {
        verdicts[checker.check(text, ctx).verdict().ordinal()]++;
      }
      long nanos = System.nanoTime() - t0;
      long cpu = mx.getCurrentThreadCpuTime() - c0;
      long bytes = mx.getCurrentThreadAllocatedBytes() - a0;
      // CPU time of this thread as well as wall time: on a shared machine the wall clock includes waiting for a core.
      System.out.printf("pass %d: %,d texts (%,d chars) in %.2f s wall = %,.0f texts/s; %.2f s CPU = %,.0f texts/CPU-s; %,.0f bytes allocated per text; verdicts %s%n",
          pass, corpus.size(), chars, nanos / 1e9, corpus.size() / (nanos / 1e9), cpu / 1e9, corpus.size() / (cpu / 1e9),
          (double) bytes / corpus.size(),
          java.util.Arrays.toString(verdicts));
    }
  }
}
