package org.steward.app.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Monitoring with cause (PER-9): an approval lasts at most {@code steward.monitoring.max-days}
 * (default 30); the requester asks for fewer where they can.
 */
@ConfigurationProperties("steward.monitoring")
public record MonitoringSettings(Integer maxDays) {
  public MonitoringSettings {
    maxDays = maxDays == null ? 30 : maxDays;
    if (maxDays < 1) {
      throw new IllegalArgumentException("steward.monitoring.max-days must be at least 1");
    }
  }
}
