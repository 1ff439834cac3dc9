package org.steward.engine.learn.encoder;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of a checker's time the encoder may take, so bulk checks keep their speed: at most {@code
 * perSecond} texts a second (a token bucket holding one second's worth) and at most {@code
 * concurrent} at once. Nothing waits: a text that finds the budget spent or every slot busy is judged
 * by the fast stage alone, so no check waits on the encoder for longer than its own embedding (about
 * 9 ms a short text on one core). {@code perSecond = 0} means no rate limit (measurements, tests).
 */
public final class EncoderBudget {
  private final int perSecond;
  private final Semaphore slots;
  private double tokens;
  private long last;
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong used = new AtomicLong();

  public EncoderBudget(int perSecond, int concurrent) {
    if (perSecond < 0 || concurrent < 1) {
      throw new IllegalArgumentException("the encoder budget needs perSecond >= 0 and concurrent >= 1");
    }
    this.perSecond = perSecond;
    this.slots = new Semaphore(concurrent);
    this.tokens = perSecond;
    this.last = System.nanoTime();
  }

  /** Takes a slot if the budget allows one now; the caller must {@link #release()} it. Never waits. */
  public boolean tryAcquire() {
    if (!take()) {
      skipped.incrementAndGet();
      return false;
    }
    if (!slots.tryAcquire()) {
      skipped.incrementAndGet();
      return false;
    }
    used.incrementAndGet();
    return true;
  }

  public void release() {
    slots.release();
  }

  private synchronized boolean take() {
    if (perSecond == 0) {
      return true;
    }
    long now = System.nanoTime();
    tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** Texts the encoder judged. */
  public long used() {
    return used.get();
  }

  /** Texts left to the fast stage because the budget was spent or every slot was busy. */
  public long skipped() {
    return skipped.get();
  }
}
