package org.steward.app.connectors.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a rate-limited platform asked us to wait. Reads the standard {@code Retry-After}
 * (seconds or an HTTP date), Mastodon's {@code X-RateLimit-Reset} (an ISO timestamp) and the
 * {@code RateLimit-Reset} of the Bluesky PDS (epoch seconds), in that order.
 */
public final class RetryAfter {
  private RetryAfter() {}

  public static Optional<Duration> from(HttpHeaders headers, Clock clock) {
    Instant now = clock.instant();
    Optional<Duration> standard = headers.firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, now));
    if (standard.isPresent()) {
      return standard;
    }
    Optional<Duration> mastodon = headers.firstValue("X-RateLimit-Reset").flatMap(v -> untilInstant(v, now));
    if (mastodon.isPresent()) {
      return mastodon;
    }
    return headers.firstValue("RateLimit-Reset").flatMap(v -> untilEpochSeconds(v, now));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(nonNegative(Duration.between(now, at)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> untilInstant(String value, Instant now) {
    try {
      return Optional.of(nonNegative(Duration.between(now, Instant.parse(value.strip()))));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(nonNegative(Duration.between(now,
            java.time.OffsetDateTime.parse(value.strip()).toInstant())));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Duration> untilEpochSeconds(String value, Instant now) {
    String v = value.strip();
    if (!v.matches("\\d{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(v)))));
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
