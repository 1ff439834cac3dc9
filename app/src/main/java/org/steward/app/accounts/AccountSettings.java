package org.steward.app.accounts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the deployment sets for the accounts workflow ({@code steward.accounts.*}; README
 * "Configuration"): how recent a sign-in must be to reveal a secret ({@code STEWARD_REVEAL_WITHIN}),
 * how often the inactivity audit runs ({@code STEWARD_DORMANCY_CHECK_EVERY}), and overrides of two
 * pack settings for every unit ({@code STEWARD_ACCOUNTS_INACTIVE_AFTER}, an ISO-8601 duration such
 * as {@code P90D}; {@code STEWARD_ACCOUNTS_MIN_MANAGERS}; empty or 0: the pack in force decides,
 * {@link AccountPolicy}).
 */
@ConfigurationProperties("steward.accounts")
public record AccountSettings(Duration inactiveAfter, int minManagers, Duration revealWithin,
    Duration dormancyCheckEvery) {

  public AccountSettings {
    inactiveAfter = inactiveAfter == null || inactiveAfter.isZero() || inactiveAfter.isNegative() ? null
        : inactiveAfter;
    minManagers = Math.max(0, minManagers);
    revealWithin = positive(revealWithin, Duration.ofMinutes(15));
    dormancyCheckEvery = positive(dormancyCheckEvery, Duration.ofHours(1));
  }

  private static Duration positive(Duration d, Duration fallback) {
    return d == null || d.isZero() || d.isNegative() ? fallback : d;
  }

  /** The deployment's dormancy period for every unit, if it sets one. */
  public Optional<Duration> inactiveAfterOverride() {
    return Optional.ofNullable(inactiveAfter);
  }
}
