package org.steward.app.consent;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consent register's settings, in one place (documented in docs/packs.md): how long a consent
 * link lives, how long managers have to take a post down after a withdrawal, how early expiry and
 * turning-18 tasks appear, and the limits on an uploaded consent form.
 */
@ConfigurationProperties("steward.consent")
public record ConsentSettings(
    Duration linkLifetime,
    Duration takedownDeadline,
    Duration expiryLead,
    Duration turning18Lead,
    long maxEvidenceBytes,
    List<String> evidenceTypes) {

  public ConsentSettings {
    linkLifetime = positive(linkLifetime, Duration.ofDays(14));
    takedownDeadline = positive(takedownDeadline, Duration.ofDays(2));
    expiryLead = positive(expiryLead, Duration.ofDays(30));
    turning18Lead = positive(turning18Lead, Duration.ofDays(30));
    maxEvidenceBytes = maxEvidenceBytes <= 0 ? 2L * 1024 * 1024 : maxEvidenceBytes;
    evidenceTypes = evidenceTypes == null || evidenceTypes.isEmpty()
        ? List.of("application/pdf", "image/jpeg", "image/png") : List.copyOf(evidenceTypes);
  }

  public static ConsentSettings defaults() {
    return new ConsentSettings(null, null, null, null, 0, null);
  }

  private static Duration positive(Duration d, Duration fallback) {
    return d == null || d.isNegative() || d.isZero() ? fallback : d;
  }
}
