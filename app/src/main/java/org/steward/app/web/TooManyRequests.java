package org.steward.app.web;

import java.time.Duration;

/**
 * A client used up its budget of requests to a rate-limited route (an anonymous report, a receipt
 * look-up): 429 problem+json with {@code Retry-After} (the error page, same status, for a browser).
 * Nothing was read or saved.
 */
public class TooManyRequests extends RuntimeException {
  private final transient Duration wait;

  public TooManyRequests(Duration wait) {
    super("Too many requests were sent from here. Wait " + Math.max(1, wait.toSeconds())
        + " seconds and try again. Nothing was saved.");
    this.wait = wait;
  }

  /** How long to wait before the next try. */
  public Duration retryAfter() {
    return wait;
  }
}
