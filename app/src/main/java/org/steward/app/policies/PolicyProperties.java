package org.steward.app.policies;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the deployment sets for the policies feature ({@code steward.policies.*}; README
 * "Configuration"): the folder of the institution's own pack files read at start-up
 * ({@code STEWARD_POLICY_DIR}; empty: none), how often versions published for later are put in
 * force ({@code STEWARD_POLICY_ENFORCE_EVERY}) and how often reminders and review notices are
 * considered ({@code STEWARD_POLICY_REMIND_EVERY}). What each pack asks for is in the pack.
 */
@ConfigurationProperties("steward.policies")
record PolicyProperties(String directory, Duration enforceEvery, Duration remindEvery) {
  PolicyProperties {
    directory = directory == null ? "" : directory.strip();
    enforceEvery = positive(enforceEvery, Duration.ofMinutes(1));
    remindEvery = positive(remindEvery, Duration.ofHours(6));
  }

  private static Duration positive(Duration d, Duration fallback) {
    return d == null || d.isZero() || d.isNegative() ? fallback : d;
  }
}
