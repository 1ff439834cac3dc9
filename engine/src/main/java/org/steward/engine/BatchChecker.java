package org.steward.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks many texts on several threads and hands back what each gave <em>in input order</em>, with
 * bounded memory: the input is read as it is consumed, in chunks of at most {@value #CHUNK_INPUTS}
 * inputs or {@value #CHUNK_CHARS} characters, and at most {@code 2 × threads} chunks are in flight,
 * whatever its length. A fault of the engine on one text is that text's
 * outcome; the others go on. The {@code scan} command and the app's bulk re-scans use it.
 *
 * <p>Example: <pre>{@code
 * try (BatchChecker batch = BatchChecker.of(checker, BatchChecker.defaultThreads())) {
 *   batch.checkAll(posts.iterator(), p -> new BatchChecker.Item(p.text(), CheckContext.of(TextKind.POST)),
 *       done -> store(done.input(), done.result()));
 * }
 * }</pre>
 *
 * <p>With one thread everything runs on the caller's thread. {@code checkAll} may be called again
 * after it returns, but not from two threads at once. Close it to stop its threads.
 */
public final class BatchChecker implements AutoCloseable {
  /** A chunk closes at this many inputs... */
  static final int CHUNK_INPUTS = 256;
  /** ...or at this many characters of text, so a chunk of long texts stays small. */
  static final int CHUNK_CHARS = 1 << 20;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Checker checker;
  private final int threads;
  private final ExecutorService pool;

  /** A text to check and its context. */
  public record Item(String text, CheckContext context) {
    public Item {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * What one input gave: its result; or the fault the engine hit on it, with a null result; or
   * neither, when there was nothing to check.
   */
  public record Checked<T>(T input, Result result, Throwable fault) {}

  private BatchChecker(Checker checker, int threads) {
    this.checker = checker;
    this.threads = threads;
    if (threads == 1) {
      this.pool = null;
    } else {
      int id = POOLS.incrementAndGet();
      AtomicInteger n = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, "steward-check-" + id + "-" + n.incrementAndGet());
        t.setDaemon(true); // a caller that forgets close() does not keep the JVM alive
        return t;
      };
      this.pool = Executors.newFixedThreadPool(threads, factory);
    }
  }

  /**
   * Returns a batch checker that runs {@code checker} on {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is not within 1..256
   */
  public static BatchChecker of(Checker checker, int threads) {
    Objects.requireNonNull(checker, "checker");
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be within 1..256: " + threads);
    }
    return new BatchChecker(checker, threads);
  }

  /** Returns the number of processors the JVM may use: the default number of threads. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public int threads() {
    return threads;
  }

  /**
   * Checks every input and gives {@code sink} what each gave, in input order. {@code item} (which
   * should be cheap) and {@code sink} run on the caller's thread, the checks on the checking threads.
   * {@code item} returns the text and context to check, or null when the input needs no check (it
   * still reaches the sink, in its place).
   *
   * @throws RuntimeException what {@code inputs}, {@code item} or {@code sink} threw; checking stops there
   */
  public <T> void checkAll(Iterator<? extends T> inputs, Function<? super T, Item> item, Consumer<? super Checked<T>> sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(sink, "sink");
    if (pool == null) {
      while (inputs.hasNext()) {
        T input = inputs.next();
        sink.accept(check(input, item.apply(input)));
      }
      return;
    }
    ArrayDeque<Future<List<Checked<T>>>> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        List<T> chunk = new ArrayList<>(CHUNK_INPUTS);
        List<Item> items = new ArrayList<>(CHUNK_INPUTS);
        long chars = 0;
        while (inputs.hasNext() && chunk.size() < CHUNK_INPUTS && chars < CHUNK_CHARS) {
          T input = inputs.next();
          Item it = item.apply(input);
          chunk.add(input);
          items.add(it);
          chars += it == null ? 0 : it.text().length();
        }
        inFlight.add(pool.submit(() -> checkChunk(chunk, items)));
        while (inFlight.size() >= 2 * threads) {
          deliver(inFlight.poll(), sink);
        }
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.poll(), sink);
      }
    } finally {
      for (Future<?> f : inFlight) {
        f.cancel(true); // only after a failure: the rest is not wanted
      }
    }
  }

  /** Returns the results of {@code texts} in {@code ctx}, in order (a fault on a text is rethrown). */
  public List<Result> checkAll(List<String> texts, CheckContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    List<Result> out = new ArrayList<>(texts.size());
    checkAll(texts.iterator(), t -> new Item(t, ctx), done -> {
      if (done.fault() != null) {
        throw new IllegalStateException("the engine could not check text " + out.size(), done.fault());
      }
      out.add(done.result());
    });
    return out;
  }

  private <T> List<Checked<T>> checkChunk(List<T> chunk, List<Item> items) {
    List<Checked<T>> out = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      out.add(check(chunk.get(i), items.get(i)));
    }
    return out;
  }

  private <T> Checked<T> check(T input, Item item) {
    if (item == null) {
      return new Checked<>(input, null, null);
    }
    try {
      return new Checked<>(input, checker.check(item.text(), item.context()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Checked<>(input, null, e); // one text's fault is that text's outcome
    }
  }

  private static <T> void deliver(Future<List<Checked<T>>> f, Consumer<? super Checked<T>> sink) {
    List<Checked<T>> done;
    try {
      done = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while checking");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a checking thread failed", cause);
    }
    for (Checked<T> c : done) {
      sink.accept(c);
    }
  }

  /** Stops the checking threads (at once; call it after {@code checkAll} has returned). */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
