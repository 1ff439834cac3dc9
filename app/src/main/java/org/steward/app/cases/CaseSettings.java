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

/**
 * The one place the cases feature reads the pack in force (docs/packs.md "Reports and cases"): the
 * time limits per type of case, the help shown with a safeguarding signal, and the official route
 * of a Prevent referral. A value that does not read falls back to the documented default.
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

  /** The pack in force for the whole organisation. */
  PolicyPack pack() {
    return PolicyPacks.byId("cccg-policy").orElseGet(() -> PolicyPacks.builtIn().get(0));
  }

  private PackSettings settings() {
    return pack().settings();
  }

  /** How soon a new case must be triaged ({@code app.cases.triage-within}, by type code). */
  public Duration triageWithin(CaseType type) {
    return duration("app.cases.triage-within", type, TRIAGE.get(type));
  }

  /**
   * How soon a case must be resolved ({@code app.cases.resolve-within}); a personal-data breach
   * never later than 72 hours from awareness, whatever the pack says.
   */
  public Duration resolveWithin(CaseType type) {
    Duration d = duration("app.cases.resolve-within", type, RESOLVE.get(type));
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

  private Duration duration(String key, CaseType type, Duration fallback) {
    PackSettings s = settings();
    if (!s.has(key)) {
      return fallback;
    }
    try {
      String v = s.map(key).get(type.code());
      Duration d = v == null ? fallback : Duration.parse(v.trim());
      return d.isNegative() || d.isZero() ? fallback : d;
    } catch (DateTimeParseException | ClassCastException e) {
      return fallback;
    }
  }
}
