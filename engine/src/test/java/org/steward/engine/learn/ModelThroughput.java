package org.steward.engine.learn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.TextKind;
import org.steward.engine.bench.DatasetCorpus;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/**
 * What the learned model costs, on one thread, in CPU time (stable on a shared machine): folding
 * alone, folding plus the model's one-pass score, and the whole {@code cccg-policy} checker with
 * the model and with a silent stand-in. Corpus: {@link DatasetCorpus} (needs ../shared/datasets).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.steward.engine.learn.ModelThroughput [texts] [passes]</pre>
 */
public final class ModelThroughput {
  private ModelThroughput() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> texts = DatasetCorpus.build(DatasetCorpus.folder().orElseThrow(() -> new IllegalStateException(
        "../shared/datasets is absent")), size);
    TextModel model = LearnedDetectors.shipped();
    HashedFeatures features = new HashedFeatures(model.bits());
    NormalisedText folded = new NormalisedText();
    double[] z = new double[model.categories().size()];
    PolicyPack pack = PolicyPacks.byId("cccg-policy").orElseThrow();
    Checker on = Checker.of(pack);
    Checker off = Checker.of(pack, List.of(LearnedDetectors.off()));
    CheckContext ctx = CheckContext.of(TextKind.POST);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (String s : texts) {
        Normaliser.normalise(s, folded);
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (String s : texts) {
        Normaliser.normalise(s, folded);
        model.raw(folded, features, z);
        sink += z[0];
      }
      long t2 = mx.getCurrentThreadCpuTime();
      for (String s : texts) {
        sink += off.check(s, ctx).findings().size();
      }
      long t3 = mx.getCurrentThreadCpuTime();
      for (String s : texts) {
        sink += on.check(s, ctx).findings().size();
      }
      long t4 = mx.getCurrentThreadCpuTime();
      double n = texts.size();
      System.out.printf("pass %d: fold %.2f us/text; model %.2f us/text; checker without model %,.0f texts/CPU-s; with model %,.0f texts/CPU-s%n",
          pass, (t1 - t0) / 1e3 / n, ((t2 - t1) - (t1 - t0)) / 1e3 / n, n / ((t3 - t2) / 1e9), n / ((t4 - t3) / 1e9));
    }
    System.out.println("(checksum " + (long) sink + ")");
  }
}
