package org.steward.app.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.ConnectorProperties;

class RetrierTest {
  final List<Duration> waits = new ArrayList<>();
  final Retrier retrier = new Retrier(ConnectorProperties.defaults()
      .withRetries(4, Duration.ofSeconds(1), Duration.ofSeconds(3)), waits::add);

  static ConnectorException failure(Reason reason, Duration retryAfter) {
    return new ConnectorException("bluesky", reason, "x", retryAfter, null);
  }

  @Test
  void retriesWhatARetryCanFixWithDoublingBackOffUpToTheCap() {
    AtomicInteger calls = new AtomicInteger();
    String result = retrier.run(() -> {
      if (calls.incrementAndGet() < 4) {
        throw failure(Reason.TIMEOUT, null);
      }
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void neverRetriesWhatOnlyAPersonCanFix() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> retrier.run(() -> {
      calls.incrementAndGet();
      throw failure(Reason.TOO_LONG, null);
    })).isInstanceOf(ConnectorException.class);
    assertThat(calls).hasValue(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void honoursTheRetryAfterAndHandsBackALongOne() {
    AtomicInteger calls = new AtomicInteger();
    retrier.run(() -> {
      if (calls.incrementAndGet() == 1) {
        throw failure(Reason.RATE_LIMITED, Duration.ofSeconds(7));
      }
      return 1;
    });
    assertThat(waits).containsExactly(Duration.ofSeconds(7));

    assertThatThrownBy(() -> retrier.run(() -> {
      throw failure(Reason.RATE_LIMITED, Duration.ofMinutes(15));
    })).isInstanceOfSatisfying(ConnectorException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(15)));
    assertThat(waits).hasSize(1);
  }
}
