package org.steward.app.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the cases job looks for cases past their time limit ({@code steward.cases.*},
 * {@code STEWARD_CASES_ALERT_CHECK_EVERY}; each limit alerts once). The time limits themselves are
 * the cases feature's own settings.
 */
@ConfigurationProperties("steward.cases")
record CaseJobSettings(Duration alertCheckEvery) {
  CaseJobSettings {
    alertCheckEvery = alertCheckEvery == null || alertCheckEvery.isZero() || alertCheckEvery.isNegative()
        ? Duration.ofMinutes(5) : alertCheckEvery;
  }
}
