package org.steward.app.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What every rate limit of the app shares (sign-in, anonymous reports): bucket4j buckets timed by
 * the application clock (so tests can let time pass) and kept per key for the most recent keys
 * only (an attacker cycling through addresses cannot grow the map without bound).
 */
public final class RateLimiting {
  private RateLimiting() {}

  /** bucket4j's time source, read from {@code clock}. */
  public static TimeMeter meter(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /** A thread-safe map of buckets that forgets the least recently used key beyond {@code max}. */
  public static Map<String, Bucket> recentKeys(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > max;
      }
    });
  }
}
