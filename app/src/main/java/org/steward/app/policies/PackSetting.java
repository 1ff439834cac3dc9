package org.steward.app.policies;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.steward.engine.pack.SettingSpec;

/**
 * One pack setting a feature reads: its key, type, the value used when the pack in force does not
 * set it (or no pack is in force), what it does (shown in {@code docs/packs.md} and on the policy's
 * page), and a check of the value beyond its type that returns what is wrong (empty when fine).
 * Declared through {@link PackSettingsDeclaration}.
 *
 * <p>Defaults by type: {@code LIST} a {@code List<String>}, {@code INTEGER} an {@code Integer},
 * {@code TEXT} and {@code DURATION} a {@code String} (ISO-8601, e.g. {@code "P90D"}) or null for
 * none, {@code RECORDS} a {@code List<Map<String, Object>>}.
 */
public record PackSetting(String key, SettingSpec type, Object defaultValue, String description,
    Set<String> requiredFields, Set<String> optionalFields, Function<Object, List<String>> check) {
  public PackSetting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    requiredFields = Set.copyOf(requiredFields);
    optionalFields = Set.copyOf(optionalFields);
    check = check == null ? v -> List.of() : check;
  }

  /** A setting whose value needs no check beyond its type. */
  public static PackSetting of(String key, SettingSpec type, Object defaultValue, String description) {
    return new PackSetting(key, type, defaultValue, description, Set.of(), Set.of(), null);
  }

  /** The same setting, its value also checked by {@code check} (problems in plain words). */
  public PackSetting checkedBy(Function<Object, List<String>> newCheck) {
    return new PackSetting(key, type, defaultValue, description, requiredFields, optionalFields, newCheck);
  }

  /** The same setting, a list of records with these fields. */
  public PackSetting withFields(Set<String> required, Set<String> optional) {
    return new PackSetting(key, type, defaultValue, description, required, optional, check);
  }
}
