package org.steward.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/**
 * The CPU time one fuzzed import file may take: {@value #BASE_MS} ms plus {@value #PER_KB_MS} ms per KB
 * ({@value #FUZZING_SLOWDOWN} times that while fuzzing, whose instrumentation slows everything down).
 * A shared machine only ever slows a run down, so a slow input is run again, up to three times,
 * before it counts.
 */
public final class TimeBound {
  /** Inputs are also checked repeated to this many bytes, where a super-linear step shows. */
  public static final int AMPLIFIED = 256 * 1024;
  static final long BASE_MS = 250;
  static final long PER_KB_MS = 2;
  static final int FUZZING_SLOWDOWN = 20;
  static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private TimeBound() {}

  /** Returns {@code input} repeated to about {@link #AMPLIFIED} bytes. */
  public static byte[] repeat(byte[] input) {
    int times = AMPLIFIED / input.length;
    byte[] out = Arrays.copyOf(input, input.length * times);
    for (int k = 1; k < times; k++) {
      System.arraycopy(input, 0, out, k * input.length, input.length);
    }
    return out;
  }

  public static void assertWithin(int bytes, Runnable work) {
    long allowed = (BASE_MS + PER_KB_MS * bytes / 1024) * 1_000_000L * (FUZZING ? FUZZING_SLOWDOWN : 1);
    long best = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && best > allowed; attempt++) {
      long t0 = THREADS.getCurrentThreadCpuTime(); // CPU time: what other builds take is not counted
      work.run();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
    }
    assertThat(best).as("%,d bytes took %.1f ms, more than the %.1f ms allowed", bytes, best / 1e6, allowed / 1e6)
        .isLessThanOrEqualTo(allowed);
  }
}
