package org.steward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.steward.engine.pack.PolicyPacks;

class BatchCheckerTest {
  private static final CheckContext POST = CheckContext.of(TextKind.POST);

  /** Texts with and without findings, of very different lengths, so that checks finish out of order. */
  private static List<String> texts(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(switch (i % 5) {
        case 0 -> "Great match today " + i;
        case 1 -> "mail me at pupil" + i + "@example.com";
        case 2 -> "what the fuck " + i;
        case 3 -> "long text ".repeat(i % 300) + i;
        default -> "Vote Labour on Thursday " + i;
      });
    }
    return out;
  }

  @Test
  void resultsComeBackInInputOrderWhateverTheThreads() {
    List<String> texts = texts(3_000);
    List<Result> one = new ArrayList<>();
    for (String t : texts) {
      one.add(Checks.CCCG.check(t, POST));
    }
    for (int threads : new int[] {1, 2, 7}) {
      try (BatchChecker batch = BatchChecker.of(Checks.CCCG, threads)) {
        assertThat(batch.checkAll(texts, POST)).as("%d threads", threads).isEqualTo(one);
      }
    }
  }

  @Test
  void aFaultOnOneTextIsThatTextsOutcomeAndTheRestGoOn() {
    Checker checker = Checks.failingOn("boom");
    List<String> inputs = List.of("fine", "boom", "skip me", "fine again");
    List<BatchChecker.Checked<String>> out = new ArrayList<>();
    try (BatchChecker batch = BatchChecker.of(checker, 3)) {
      batch.checkAll(inputs.iterator(), t -> t.startsWith("skip") ? null : new BatchChecker.Item(t, POST), out::add);
    }
    assertThat(out).extracting(BatchChecker.Checked::input).containsExactlyElementsOf(inputs);
    assertThat(out.get(0).result().verdict()).isEqualTo(Verdict.PASS);
    assertThat(out.get(1).result()).isNull();
    assertThat(out.get(1).fault()).isInstanceOf(IllegalStateException.class);
    assertThat(out.get(2).result()).isNull(); // nothing to check: passed through in its place
    assertThat(out.get(2).fault()).isNull();
    assertThat(out.get(3).result()).isNotNull();
  }

  @Test
  void readsTheInputOnlyAsFarAsTheChecksNeedIt() {
    int threads = 2;
    int total = 50_000;
    int[] read = {0};
    int[] delivered = {0};
    int[] mostAhead = {0};
    Iterator<Integer> endless = IntStream.range(0, total).peek(i -> read[0]++).iterator();
    try (BatchChecker batch = BatchChecker.of(Checks.CCCG, threads)) {
      batch.checkAll(endless, i -> new BatchChecker.Item("text " + i, POST), done -> {
        assertThat(done.input()).isEqualTo(delivered[0]);
        delivered[0]++;
        mostAhead[0] = Math.max(mostAhead[0], read[0] - delivered[0]);
      });
    }
    assertThat(delivered[0]).isEqualTo(total);
    // at most 2 × threads chunks in flight, plus the chunk being read
    assertThat(mostAhead[0]).isLessThanOrEqualTo((2 * threads + 1) * BatchChecker.CHUNK_INPUTS);
  }

  @Test
  void whatTheSinkThrowsStopsTheBatch() {
    try (BatchChecker batch = BatchChecker.of(Checks.CCCG, 2)) {
      List<Integer> seen = new ArrayList<>();
      assertThatThrownBy(() -> batch.checkAll(IntStream.range(0, 10_000).boxed().iterator(), i -> new BatchChecker.Item("t" + i, POST),
          done -> {
            if (done.input() == 600) {
              throw new IllegalStateException("disk full");
            }
            seen.add(done.input());
          })).hasMessage("disk full");
      assertThat(seen).hasSize(600);
      // and it can be used again
      assertThat(batch.checkAll(List.of("hello"), POST)).hasSize(1);
    }
  }

  @Test
  void refusesANumberOfThreadsOutsideOneTo256() {
    assertThatThrownBy(() -> BatchChecker.of(Checks.CCCG, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BatchChecker.of(Checks.CCCG, 257)).isInstanceOf(IllegalArgumentException.class);
    assertThat(BatchChecker.defaultThreads()).isPositive();
  }
}
