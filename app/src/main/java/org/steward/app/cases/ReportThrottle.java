package org.steward.app.cases;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public report routes (Bucket4j token buckets, as sign-in throttling does):
 * new reports per client and for everyone, and receipt look-ups per client, so receipt codes
 * cannot be guessed by trying. A client is known here only by a keyed hash of its address, held in
 * this node's memory (bounded), under a key made at start and never stored: the address itself is
 * never stored, written to the database or logged.
 */
@Component
@EnableConfigurationProperties(ReportLimits.class)
class ReportThrottle {
  private final ReportLimits limits;
  private final TimeMeter time;
  private final Map<String, Bucket> reports;
  private final Map<String, Bucket> lookups;
  private final Bucket everyone;
  private final SecretKeySpec key;

  ReportThrottle(ReportLimits limits, Clock clock) {
    this.limits = limits;
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
    this.reports = lru(limits.tracked());
    this.lookups = lru(limits.tracked());
    this.everyone = Bucket.builder().addLimit(l -> l.capacity(limits.allReportsPerHour())
        .refillGreedy(limits.allReportsPerHour(), Duration.ofHours(1))).withCustomTimePrecision(time).build();
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
  }

  private static Map<String, Bucket> lru(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > max;
      }
    });
  }

  /** Takes a token for a new report; returns how long to wait when none is left (zero: go ahead). */
  Duration report(HttpServletRequest request) {
    Bucket mine = reports.computeIfAbsent(client(request), k -> Bucket.builder()
        .addLimit(l -> l.capacity(limits.reportsPerHour()).refillGreedy(limits.reportsPerHour(), Duration.ofHours(1)))
        .withCustomTimePrecision(time).build());
    Duration wait = take(mine);
    return wait.isZero() ? take(everyone) : wait;
  }

  /** Takes a token for a receipt look-up or message. */
  Duration lookup(HttpServletRequest request) {
    return take(lookups.computeIfAbsent(client(request), k -> Bucket.builder()
        .addLimit(l -> l.capacity(limits.lookupsPerMinute()).refillGreedy(limits.lookupsPerMinute(), Duration.ofMinutes(1)))
        .addLimit(l -> l.capacity(limits.lookupsPerHour()).refillGreedy(limits.lookupsPerHour(), Duration.ofHours(1)))
        .withCustomTimePrecision(time).build()));
  }

  private static Duration take(Bucket bucket) {
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(probe.getNanosToWaitForRefill()).plusMillis(999)
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private String client(HttpServletRequest request) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      // Behind a proxy this is the client's address (server.forward-headers-strategy).
      return Base64.getEncoder().encodeToString(
          mac.doFinal(String.valueOf(request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
