package org.steward.app.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.steward.app.web.RateLimiting;

/**
 * Throttles wrong passwords (Bucket4j token buckets) per client and per account name, before any
 * password is checked: a flood of wrong credentials is answered without running bcrypt, and
 * guessing one person's password slows down without ever locking them out. An unknown name is
 * throttled exactly like a real one, so neither the answer nor its timing tells them apart. After
 * {@code notifyAfter} wrong passwords in a row the person is told by e-mail ({@link
 * RepeatedSignInFailures}). Buckets live in this node's memory (bounded); the count of failures in
 * a row lives with the person in the database.
 */
@Component
class SignInThrottle {
  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final SignInLimits limits;
  private final SignInDirectory people;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final TimeMeter time;
  private final Map<String, Bucket> clients;
  private final Map<String, Bucket> accounts;

  SignInThrottle(SignInLimits limits, SignInDirectory people, TransactionTemplate tx,
      ApplicationEventPublisher events, Clock clock) {
    this.limits = limits;
    this.people = people;
    this.tx = tx;
    this.events = events;
    // The application clock, so tests can let time pass.
    this.time = RateLimiting.meter(clock);
    this.clients = RateLimiting.recentKeys(limits.tracked());
    this.accounts = RateLimiting.recentKeys(limits.tracked());
  }


  private Bucket bucket(Map<String, Bucket> map, String key, int perMinute, int perHour) {
    return map.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .addLimit(l -> l.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
        .withCustomTimePrecision(time).build());
  }

  private Bucket client(String ip) {
    return bucket(clients, ip, limits.clientPerMinute(), limits.clientPerHour());
  }

  private Bucket account(String username) {
    return bucket(accounts, username.toLowerCase(Locale.ROOT), limits.accountPerMinute(),
        limits.accountPerHour());
  }

  /**
   * How long this client must wait before its password for {@code username} is checked; zero when
   * it may try now. Consumes nothing: only a wrong password does.
   */
  Duration waitBeforeTrying(String clientIp, String username) {
    long nanos = Math.max(client(clientIp).estimateAbilityToConsume(1).getNanosToWaitForRefill(),
        username == null || username.isBlank() ? 0
            : account(username).estimateAbilityToConsume(1).getNanosToWaitForRefill());
    return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos).plusMillis(999).truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS);
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    String ip = currentClient();
    if (ip != null) {
      client(ip).tryConsume(1);
    }
    account(username).tryConsume(1);
    tx.executeWithoutResult(s -> people.byUsername(username).ifPresent(c -> {
      int failures = c.failedSignIns() + 1;
      people.recordFailedSignIn(c.personId(), failures);
      if (failures == limits.notifyAfter()) {
        log.warn("{} wrong passwords in a row for person {}", failures, c.personId());
        events.publishEvent(new RepeatedSignInFailures(c.personId(), failures));
      }
    }));
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StewardPrincipal p) {
      people.recordSuccessfulSignIn(p.personId());
    }
  }

  static String clientOf(HttpServletRequest request) {
    // Behind a proxy this is the client's address (server.forward-headers-strategy).
    return request.getRemoteAddr();
  }

  private static String currentClient() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? clientOf(a.getRequest()) : null;
  }
}
