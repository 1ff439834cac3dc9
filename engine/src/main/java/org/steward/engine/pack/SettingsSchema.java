package org.steward.engine.pack;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which settings a pack may carry, and their types: what {@link PackLoader} checks the
 * {@code settings} of a pack against. A setting nobody declares is a problem of the pack, so a typo
 * or a setting nothing reads is caught when the pack loads.
 *
 * <ul>
 *   <li>{@link #standalone()}: every key a Steward pack may set ({@link SettingSpec#knownKeys()}),
 *       and keys under {@code app.} kept untyped; the default of {@link PackLoader#parse(String,
 *       String)}, for the engine used alone (the {@code scan} command, a stream processor).
 *   <li>{@link #engine()}: only the keys the engine itself reads. An application adds the keys its
 *       features read with {@link #with}, and nothing else is accepted: this is how Steward's app
 *       loads packs.
 * </ul>
 *
 * <p>Immutable: {@code with} returns a new schema.
 */
public final class SettingsSchema {
  /** One declared setting: its type and, for {@link SettingSpec#RECORDS}, the fields of a record. */
  public record Declared(SettingSpec type, Set<String> requiredFields, Set<String> optionalFields) {
    public Declared {
      Objects.requireNonNull(type, "type");
      requiredFields = Set.copyOf(requiredFields);
      optionalFields = Set.copyOf(optionalFields);
    }

    /** Every field a record may have, required ones first, each group sorted. */
    public Set<String> allFields() {
      Set<String> all = new LinkedHashSet<>(new java.util.TreeSet<>(requiredFields));
      all.addAll(new java.util.TreeSet<>(optionalFields));
      return all;
    }
  }

  private final Map<String, Declared> keys;
  private final boolean keepsApplicationKeys;

  private SettingsSchema(Map<String, Declared> keys, boolean keepsApplicationKeys) {
    this.keys = Collections.unmodifiableMap(new TreeMap<>(keys));
    this.keepsApplicationKeys = keepsApplicationKeys;
  }

  /** Every key a Steward pack may set, and {@code app.*} kept untyped: the engine alone. */
  public static SettingsSchema standalone() {
    Map<String, Declared> all = new TreeMap<>();
    SettingSpec.KNOWN.forEach((k, t) -> all.put(k, declared(k, t)));
    return new SettingsSchema(all, true);
  }

  /** Only the keys the engine's detectors read; nothing else is accepted. */
  public static SettingsSchema engine() {
    Map<String, Declared> read = new TreeMap<>();
    SettingSpec.KNOWN.forEach((k, t) -> {
      if (SettingSpec.readByEngine(k)) {
        read.put(k, declared(k, t));
      }
    });
    return new SettingsSchema(read, false);
  }

  private static Declared declared(String key, SettingSpec type) {
    Set<String>[] fields = SettingSpec.FIELDS.get(key);
    return fields == null ? new Declared(type, Set.of(), Set.of()) : new Declared(type, fields[0], fields[1]);
  }

  /**
   * Returns this schema with {@code key} declared as {@code type}; for records, the fields the engine
   * knows for it (if any).
   *
   * @throws IllegalArgumentException when the engine types {@code key} otherwise, or it is declared
   *     already with another type
   */
  public SettingsSchema with(String key, SettingSpec type) {
    Set<String>[] fields = SettingSpec.FIELDS.get(key);
    return fields == null ? with(key, type, Set.of(), Set.of()) : with(key, type, fields[0], fields[1]);
  }

  /**
   * Returns this schema with {@code key} declared as {@code type} whose records have these fields.
   *
   * @throws IllegalArgumentException when the engine types {@code key} otherwise, or it is declared
   *     already with another type
   */
  public SettingsSchema with(String key, SettingSpec type, Set<String> requiredFields, Set<String> optionalFields) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    SettingSpec engineType = SettingSpec.KNOWN.get(key);
    if (engineType != null && engineType != type) {
      throw new IllegalArgumentException("setting " + key + " is " + engineType + " in the engine, not " + type);
    }
    Declared before = keys.get(key);
    if (before != null && before.type() != type) {
      throw new IllegalArgumentException("setting " + key + " is declared twice, as " + before.type() + " and " + type);
    }
    Map<String, Declared> more = new TreeMap<>(keys);
    more.put(key, new Declared(type, requiredFields, optionalFields));
    return new SettingsSchema(more, keepsApplicationKeys);
  }

  /** Returns the declaration of {@code key}, if there is one. */
  public Optional<Declared> declared(String key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** Returns the declared keys, sorted. */
  public Set<String> keys() {
    return keys.keySet();
  }

  /** Whether keys under {@code app.} are kept untyped (the engine alone) rather than refused. */
  public boolean keepsApplicationKeys() {
    return keepsApplicationKeys;
  }
}
