package org.steward.app.cases;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.engine.Safeguarding;
import org.steward.engine.pack.PackSettings;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;
import org.steward.app.policies.Audience;
import org.steward.app.policies.PoliciesInForce;
import org.steward.app.policies.PolicyInForce;

/**
 * The one place the cases feature reads the pack in force for the whole organisation (docs/packs.md
 * "Reports and cases"): the time limits per type of case ({@link CaseDeclarations}), the help shown
 * with a safeguarding signal, and the official route of a Prevent referral.
 */
@Component
public class CaseSettings {
  /** UK GDPR Article 33: a notifiable breach is reported within 72 hours of becoming aware of it. */
  public static final Duration BREACH_CLOCK = Duration.ofHours(72);

  static final Map<CaseType, Duration> TRIAGE = new EnumMap<>(Map.of(
      CaseType.SAFEGUARDING, Duration.ofHours(4), CaseType.RADICALISATION, Duration.ofHours(4),
      CaseType.DATA_BREACH, Duration.ofHours(24), CaseType.CONDUCT, Duration.ofDays(2),
      CaseType.ACCOUNT, Duration.ofHours(4)));
  static final Map<CaseType, Duration> RESOLVE = new EnumMap<>(Map.of(
      CaseType.SAFEGUARDING, Duration.ofDays(5), CaseType.RADICALISATION, Duration.ofDays(5),
      CaseType.DATA_BREACH, BREACH_CLOCK, CaseType.CONDUCT, Duration.ofDays(20),
      CaseType.ACCOUNT, Duration.ofDays(2)));
  static final String DEFAULT_PREVENT_ROUTE = "https://www.gov.uk/guidance/get-help-if-youre-worried-about-someone-being-radicalised";

  private final PoliciesInForce policies;

  CaseSettings(PoliciesInForce policies) {
    this.policies = policies;
  }

  /** The pack in force for the whole organisation (a shipped one when none is adopted yet). */
  PolicyPack pack() {
    return policies.forUnit(null, Audience.STAFF).map(PolicyInForce::pack)
        .orElseGet(() -> PolicyPacks.byId("cccg-policy").orElseGet(() -> PolicyPacks.builtIn().get(0)));
  }

  private PackSettings settings() {
    return pack().settings();
  }

  /** How soon a new case must be triaged ({@code cases.triage-within.<type>}). */
  public Duration triageWithin(CaseType type) {
    return duration(CaseDeclarations.TRIAGE + type.code(), TRIAGE.get(type));
  }

  /**
   * How soon a case must be resolved ({@code cases.resolve-within.<type>}); a personal-data breach
   * never later than 72 hours from awareness, whatever the pack says.
   */
  public Duration resolveWithin(CaseType type) {
    Duration d = duration(CaseDeclarations.RESOLVE + type.code(), RESOLVE.get(type));
    return type == CaseType.DATA_BREACH && d.compareTo(BREACH_CLOCK) > 0 ? BREACH_CLOCK : d;
  }

  /**
   * What a person is shown with a safeguarding signal, in order: the institution's support
   * contacts ({@code safeguarding.help}), how to reach the safeguarding team ({@code
   * safeguarding.contact}), then national helplines ({@code safeguarding.helplines}).
   */
  public List<String> help() {
    return Safeguarding.help(pack());
  }

  /** Where a Prevent referral is made ({@code safeguarding.report-url}): shown, never used by Steward. */
  public String preventRoute() {
    String url = settings().text("safeguarding.report-url", "");
    return url.isBlank() ? DEFAULT_PREVENT_ROUTE : url;
  }

  private Duration duration(String key, Duration fallback) {
    Duration d = policies.settingsFor(null, Audience.STAFF).text(key).map(CaseSettings::parse).orElse(null);
    return d == null || d.isNegative() || d.isZero() ? fallback : d;
  }

  /** {@code PT4H}, {@code P2D}: a duration, or null when it does not read. */
  static Duration parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("PT")) {
        return Duration.parse(t);
      }
      java.time.Period p = java.time.Period.parse(t);
      return Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A duration as a pack writes it: days when whole days, else hours and minutes. */
  static String text(Duration d) {
    return d.toHours() % 24 == 0 && d.toHours() >= 24 && d.toMinutesPart() == 0 && !d.equals(BREACH_CLOCK)
        ? "P" + d.toDays() + "D" : d.toString();
  }
}
