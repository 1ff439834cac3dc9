package org.steward.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPU time any one input may take: {@value #BASE_MS} ms plus {@value #PER_KB_MS} ms per KB of text
 * (the engine takes about 0.05 ms per KB; a quadratic step on 32 K of repeated text takes seconds).
 * While fuzzing, the coverage instrumentation slows everything about tenfold, so the bound is
 * {@value #FUZZING_SLOWDOWN} times wider there. A machine shared with other builds only ever slows a
 * run down, so an input over the bound is run again, up to three times, before it counts as slow.
 */
final class TimeBound {
  static final long BASE_MS = 250;
  static final long PER_KB_MS = 5;
  static final int FUZZING_SLOWDOWN = 20;
  /** True while Jazzer fuzzes (JAZZER_FUZZ set), false when the committed corpus is replayed. */
  static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private TimeBound() {}

  /** The first characters of {@code text}, escaped, so a slow input can be told from the report. */
  static String describe(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(48, text.length()); i++) {
      char c = text.charAt(i);
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.append(text.length() > 48 ? "…" : "").toString();
  }

  static void assertWithin(String text, Runnable work) {
    int chars = text.length();
    long allowed = (BASE_MS + PER_KB_MS * chars / 1024) * 1_000_000L * (FUZZING ? FUZZING_SLOWDOWN : 1);
    long best = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && best > allowed; attempt++) {
      long t0 = THREADS.getCurrentThreadCpuTime(); // CPU time: what other builds take is not counted
      work.run();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
    }
    assertThat(best).as("%,d characters took %.1f ms, more than the %.1f ms allowed: %s", chars, best / 1e6, allowed / 1e6, describe(text))
        .isLessThanOrEqualTo(allowed);
  }
}
