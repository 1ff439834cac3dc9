package org.steward.app.accounts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the deployment sets for the accounts workflow: how recent a sign-in must be to reveal a
 * secret, and overrides of two pack settings for every unit ({@code STEWARD_ACCOUNTS_INACTIVE_AFTER},
 * {@code STEWARD_ACCOUNTS_MIN_MANAGERS}; empty or 0: the pack in force decides, {@link AccountPolicy}).
 */
@Component
public class AccountSettings {
  private final Optional<Duration> inactiveAfter;
  private final int minManagers;
  private final Duration revealWithin;

  AccountSettings(@Value("${steward.accounts.inactive-after:}") String inactiveAfter,
      @Value("${steward.accounts.min-managers:0}") int minManagers,
      @Value("${steward.accounts.reveal-within:PT15M}") Duration revealWithin) {
    this.inactiveAfter = inactiveAfter == null || inactiveAfter.isBlank() ? Optional.empty()
        : Optional.of(parse(inactiveAfter));
    this.minManagers = Math.max(0, minManagers);
    this.revealWithin = revealWithin;
  }

  /** Reads an ISO-8601 period ({@code P90D}) or duration ({@code PT36H}). */
  static Duration parse(String text) {
    String t = text.trim().toUpperCase();
    if (t.contains("T")) {
      return Duration.parse(t);
    }
    java.time.Period p = java.time.Period.parse(t);
    return Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
  }

  /** The deployment's dormancy period for every unit, if it sets one. */
  public Optional<Duration> inactiveAfter() {
    return inactiveAfter;
  }

  /** The deployment's number of managers for every unit; 0 when the pack decides. */
  public int minManagers() {
    return minManagers;
  }

  public Duration revealWithin() {
    return revealWithin;
  }
}
