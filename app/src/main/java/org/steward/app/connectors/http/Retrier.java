package org.steward.app.connectors.http;

import java.time.Duration;
import java.util.function.Supplier;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorProperties;

/**
 * Runs a platform call again when the failure says a retry can help (timeout, 5xx, 429), with
 * exponential back-off or the platform's own {@code Retry-After}. Only idempotent calls go through
 * here; publishing qualifies because every connector makes it idempotent first.
 */
public final class Retrier {

  /** Waits between attempts; tests replace it to record the waits instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;

  public Retrier(ConnectorProperties properties) {
    this(properties, d -> Thread.sleep(d.toMillis()));
  }

  public Retrier(ConnectorProperties properties, Sleeper sleeper) {
    this.maxAttempts = properties.maxAttempts();
    this.initialBackoff = properties.initialBackoff();
    this.maxBackoff = properties.maxBackoff();
    this.maxRetryAfter = properties.maxRetryAfter();
    this.sleeper = sleeper;
  }

  public <T> T run(Supplier<T> call) {
    Duration backoff = initialBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (ConnectorException e) {
        if (!e.retryable() || attempt >= maxAttempts) {
          throw e;
        }
        Duration wait = e.retryAfter().orElse(backoff);
        if (wait.compareTo(maxRetryAfter) > 0) {
          throw e; // the platform wants a long pause: the caller's job tries again later
        }
        pause(wait, e);
        backoff = min(backoff.multipliedBy(2), maxBackoff);
      }
    }
  }

  private void pause(Duration wait, ConnectorException cause) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
