package org.steward.engine.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.TextKind;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.detect.DetectorSuite;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * Where the time of one check goes, one thread, CPU time per text over the dataset corpus: folding,
 * the word-list scan, each detector on its own (signals dropped), and the whole check. For profiling,
 * not a benchmark of record (docs/benchmarks.md). Usage: {@code CostBreakdown [SIZE] [PASSES]}.
 */
public final class CostBreakdown {
  private CostBreakdown() {}

  private static final SignalSink DROP = new SignalSink() {
    @Override
    public void signal(String category, int start, int end, double score) {}

    @Override
    public void signal(String category, int start, int end, double score, String evidence) {}

    @Override
    public void signalForRule(String ruleId, String category, int start, int end, double score) {}
  };

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path folder = DatasetCorpus.folder().orElseThrow(() -> new IllegalStateException("../shared/datasets is absent"));
    List<String> corpus = DatasetCorpus.build(folder, size);
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    Checker checker = Checker.of(pack);
    DetectorSuite suite = DetectorSuite.of(DetectorRegistry.shipped(), pack.detectorConfig(), LearnedDetectors.defaultsFor(pack, List.of()));
    List<Detector> detectors = suite.detectors();
    CheckContext ctx = CheckContext.of(TextKind.POST);
    Inspection inspection = new Inspection(suite.lexicon());
    NormalisedText folded = new NormalisedText();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (String t : corpus) {
        Normaliser.normalise(t, folded);
      }
      long fold = mx.getCurrentThreadCpuTime() - t0;
      t0 = mx.getCurrentThreadCpuTime();
      for (String t : corpus) {
        inspection.reset(t, ctx);
      }
      long reset = mx.getCurrentThreadCpuTime() - t0;
      long[] each = new long[detectors.size()];
      for (String t : corpus) {
        inspection.reset(t, ctx);
        for (int d = 0; d < each.length; d++) {
          long s = System.nanoTime();
          detectors.get(d).detect(inspection, DROP);
          each[d] += System.nanoTime() - s;
        }
      }
      long empty = 0;
      for (int i = 0; i < corpus.size(); i++) {
        long s = System.nanoTime();
        empty += System.nanoTime() - s;
      }
      t0 = mx.getCurrentThreadCpuTime();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      for (String t : corpus) {
        checker.check(t, ctx);
      }
      long check = mx.getCurrentThreadCpuTime() - t0;
      long bytes = mx.getCurrentThreadAllocatedBytes() - a0;
      double n = corpus.size();
      System.out.printf(Locale.ROOT, "pass %d: check %.2f µs/text (%,.0f texts/CPU-s, %,.0f B/text); fold %.2f µs; fold + word lists %.2f µs;"
          + " timer %.0f ns%n", pass, check / n / 1e3, n / (check / 1e9), bytes / n, fold / n / 1e3, reset / n / 1e3, empty / n);
      if (pass == passes - 1) {
        long sum = 0;
        for (int d = 0; d < each.length; d++) {
          sum += each[d];
        }
        Integer[] order = new Integer[each.length];
        for (int d = 0; d < order.length; d++) {
          order[d] = d;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(each[y], each[x]));
        System.out.printf(Locale.ROOT, "  detectors alone: %.2f µs/text in all (timer included)%n", sum / n / 1e3);
        for (int d : order) {
          System.out.printf(Locale.ROOT, "  %-22s %7.0f ns/text%n", detectors.get(d).name(), each[d] / n);
        }
      }
    }
  }
}
