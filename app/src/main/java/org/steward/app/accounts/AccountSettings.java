package org.steward.app.accounts;

import java.time.Duration;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * The settings the accounts workflow reads from the policy packs ({@code accounts.inactive-after},
 * {@code accounts.min-managers}); the strictest of the shipped packs wins, and an environment
 * variable can override each. Also how recent a sign-in must be to reveal a secret.
 */
@Component
public class AccountSettings {
  private static final Logger log = LoggerFactory.getLogger(AccountSettings.class);

  private final Duration inactiveAfter;
  private final int minManagers;
  private final Duration revealWithin;

  AccountSettings(@Value("${steward.accounts.inactive-after:}") String inactiveAfter,
      @Value("${steward.accounts.min-managers:0}") int minManagers,
      @Value("${steward.accounts.reveal-within:PT15M}") Duration revealWithin) {
    Duration fromPacks = null;
    int packMin = 0;
    try {
      for (PolicyPack p : PolicyPacks.builtIn()) {
        String v = p.settings().text("accounts.inactive-after", null);
        if (v != null) {
          Duration d = parse(v);
          fromPacks = fromPacks == null || d.compareTo(fromPacks) < 0 ? d : fromPacks;
        }
        packMin = Math.max(packMin, p.settings().integer("accounts.min-managers", 0));
      }
    } catch (RuntimeException e) {
      log.warn("Could not read account settings from the policy packs; using defaults: {}",
          e.getMessage());
    }
    this.inactiveAfter = inactiveAfter == null || inactiveAfter.isBlank()
        ? (fromPacks == null ? Duration.ofDays(90) : fromPacks) : parse(inactiveAfter);
    this.minManagers = minManagers > 0 ? minManagers : (packMin > 0 ? packMin : 2);
    this.revealWithin = revealWithin;
  }

  /** Reads an ISO-8601 period ({@code P90D}) or duration ({@code PT36H}). */
  static Duration parse(String text) {
    String t = text.trim().toUpperCase();
    if (t.contains("T")) {
      return Duration.parse(t);
    }
    Period p = Period.parse(t);
    return Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
  }

  public Duration inactiveAfter() {
    return inactiveAfter;
  }

  public int minManagers() {
    return minManagers;
  }

  public Duration revealWithin() {
    return revealWithin;
  }
}
