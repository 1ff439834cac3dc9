package org.steward.app.connectors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings shared by every connector ({@code steward.connectors.*}, or environment variables such
 * as {@code STEWARD_CONNECTORS_REQUEST_TIMEOUT}; see README). Servers, handles and secrets are per
 * account, so they are arguments of each call, not configuration.
 *
 * @param connectTimeout how long to wait for a connection to a platform
 * @param requestTimeout how long to wait for one answer; a publish that times out is retried safely
 * @param maxAttempts attempts per call when the failure is worth a retry (timeouts, 5xx, 429)
 * @param initialBackoff wait before the second attempt, doubled after each
 * @param maxBackoff longest wait between attempts
 * @param maxRetryAfter longest {@code Retry-After} honoured in line; a longer one goes back to the
 *     caller as a retryable failure, to be tried again by a later job
 * @param maxDownload largest body read from a platform (media fetched to hash them, JSON pages)
 * @param mediaProcessingTimeout how long to wait for a platform to finish processing an upload
 */
@ConfigurationProperties("steward.connectors")
public record ConnectorProperties(
    @DefaultValue("PT10S") Duration connectTimeout,
    @DefaultValue("PT30S") Duration requestTimeout,
    @DefaultValue("3") int maxAttempts,
    @DefaultValue("PT1S") Duration initialBackoff,
    @DefaultValue("PT20S") Duration maxBackoff,
    @DefaultValue("PT1M") Duration maxRetryAfter,
    @DefaultValue("20MB") DataSize maxDownload,
    @DefaultValue("PT1M") Duration mediaProcessingTimeout,
    @DefaultValue Bluesky bluesky,
    @DefaultValue Imports imports) {

  public ConnectorProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("steward.connectors.max-attempts must be at least 1");
    }
  }

  /**
   * Bluesky settings.
   *
   * @param replies where replies and mentions are read: {@code app-view} (the PDS's app view,
   *     through {@code app.bsky.notification.listNotifications}), {@code repository-scan} (the
   *     repositories the PDS hosts, plus {@code scanRepos}), or {@code auto}: the app view when the
   *     PDS has one, the scan when it answers that it has none
   * @param scanRepos more repositories (DIDs on the same PDS) to read when scanning
   * @param scanMaxRepos at most this many repositories are read per scan
   * @param scanMaxRecordsPerRepo at most this many newest posts are read in each repository
   */
  public record Bluesky(
      @DefaultValue("auto") ReplySource replies,
      @DefaultValue List<String> scanRepos,
      @DefaultValue("200") int scanMaxRepos,
      @DefaultValue("500") int scanMaxRecordsPerRepo) {

    public Bluesky {
      scanRepos = scanRepos == null ? List.of() : List.copyOf(scanRepos);
    }
  }

  public enum ReplySource { AUTO, APP_VIEW, REPOSITORY_SCAN }

  /**
   * Limits on platform archives, checked before and while parsing.
   *
   * @param maxBytes largest archive file accepted
   * @param maxPosts most posts read from one archive
   */
  public record Imports(
      @DefaultValue("256MB") DataSize maxBytes,
      @DefaultValue("200000") int maxPosts) {}

  /** The defaults, for code and tests that run without Spring. */
  public static ConnectorProperties defaults() {
    return new ConnectorProperties(Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
        Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMinutes(1), DataSize.ofMegabytes(20),
        Duration.ofMinutes(1), new Bluesky(ReplySource.AUTO, List.of(), 200, 500),
        new Imports(DataSize.ofMegabytes(256), 200_000));
  }

  public ConnectorProperties withTimeouts(Duration connect, Duration request) {
    return new ConnectorProperties(connect, request, maxAttempts, initialBackoff, maxBackoff,
        maxRetryAfter, maxDownload, mediaProcessingTimeout, bluesky, imports);
  }

  public ConnectorProperties withRetries(int attempts, Duration initial, Duration max) {
    return new ConnectorProperties(connectTimeout, requestTimeout, attempts, initial, max,
        maxRetryAfter, maxDownload, mediaProcessingTimeout, bluesky, imports);
  }

  public ConnectorProperties withBluesky(Bluesky settings) {
    return new ConnectorProperties(connectTimeout, requestTimeout, maxAttempts, initialBackoff,
        maxBackoff, maxRetryAfter, maxDownload, mediaProcessingTimeout, settings, imports);
  }

  public ConnectorProperties withImports(Imports settings) {
    return new ConnectorProperties(connectTimeout, requestTimeout, maxAttempts, initialBackoff,
        maxBackoff, maxRetryAfter, maxDownload, mediaProcessingTimeout, bluesky, settings);
  }
}
