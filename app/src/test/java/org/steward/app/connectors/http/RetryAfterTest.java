package org.steward.app.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  static HttpHeaders headers(String name, String value) {
    return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
  }

  @Test
  void readsSecondsAnHttpDateMastodonsResetAndTheBlueskyPdsReset() {
    assertThat(RetryAfter.from(headers("Retry-After", "120"), NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.from(headers("Retry-After", "Tue, 01 Dec 2026 10:01:30 GMT"), NOW)).contains(Duration.ofSeconds(90));
    assertThat(RetryAfter.from(headers("X-RateLimit-Reset", "2026-12-01T10:05:00.000Z"), NOW)).contains(Duration.ofMinutes(5));
    assertThat(RetryAfter.from(headers("RateLimit-Reset", String.valueOf(Instant.parse("2026-12-01T10:00:40Z").getEpochSecond())), NOW))
        .contains(Duration.ofSeconds(40));
  }

  @Test
  void aResetInThePastMeansNowAndNonsenseMeansUnknown() {
    assertThat(RetryAfter.from(headers("Retry-After", "Tue, 01 Dec 2026 09:00:00 GMT"), NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.from(headers("Retry-After", "soon"), NOW)).isEmpty();
    assertThat(RetryAfter.from(headers("X-Other", "1"), NOW)).isEmpty();
  }
}
