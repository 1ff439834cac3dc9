package org.steward.app.policies;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steward.engine.pack.PackSettings;

/**
 * The settings of the pack in force for a unit and audience, typed, with the declared default for
 * every setting the pack leaves out (or when no pack is in force). Features read only the settings
 * they declared ({@link PackSettingsDeclaration}); asking for an undeclared key is a programming
 * error ({@link IllegalArgumentException}), so a feature cannot read a setting docs/packs.md does not
 * list.
 *
 * <p>Example: {@code policies.settingsFor(unitId, Audience.STAFF).integer("accounts.min-managers")}
 * is {@code 2} under the shipped CCCG pack, and the declared default where no pack sets it.
 */
public final class PolicySettings {
  private final PackSettings pack;
  private final Map<String, PackSetting> declared;

  PolicySettings(PackSettings pack, Map<String, PackSetting> declared) {
    this.pack = pack == null ? PackSettings.empty() : pack;
    this.declared = declared;
  }

  private PackSetting declaration(String key) {
    PackSetting d = declared.get(key);
    if (d == null) {
      throw new IllegalArgumentException("no feature declares the pack setting " + key);
    }
    return d;
  }

  /** Whether the pack in force sets {@code key} itself (rather than leaving it to the default). */
  public boolean setByPack(String key) {
    declaration(key);
    return pack.has(key);
  }

  /** A list setting: the pack's, or the declared default. */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    PackSetting d = declaration(key);
    return pack.has(key) ? pack.list(key) : d.defaultValue() == null ? List.of() : (List<String>) d.defaultValue();
  }

  /** A whole-number setting: the pack's, or the declared default. */
  public int integer(String key) {
    PackSetting d = declaration(key);
    return pack.has(key) ? pack.integer(key, 0) : d.defaultValue() == null ? 0 : (Integer) d.defaultValue();
  }

  /** A text setting: the pack's, or the declared default; empty when neither. */
  public Optional<String> text(String key) {
    PackSetting d = declaration(key);
    return Optional.ofNullable(pack.has(key) ? pack.text(key, null) : (String) d.defaultValue());
  }

  /** A duration setting ({@code P90D}, {@code PT4H}): the pack's, or the declared default. */
  public Optional<Duration> duration(String key) {
    return text(key).map(PolicySettings::parseDuration);
  }

  /** A list of records: the pack's, or the declared default. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> records(String key) {
    PackSetting d = declaration(key);
    return pack.has(key) ? pack.records(key)
        : d.defaultValue() == null ? List.of() : (List<Map<String, Object>>) d.defaultValue();
  }

  /** Reads an ISO-8601 period ({@code P90D}, days as 24 hours) or duration ({@code PT36H}). */
  static Duration parseDuration(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("PT")) {
      return Duration.parse(t);
    }
    Period p = Period.parse(t);
    return Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
  }
}
