package org.steward.engine.pack;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed settings of a pack: detector configuration (blocked sites, markers, institution names…) and
 * workflow settings read by the app. Values are {@code String}, {@code Integer}, {@code List<String>},
 * {@code Map<String,String>} or, for records, {@code List<Map<String,Object>>} (each field text or a
 * list of text), as declared in {@link SettingsSchema}. {@code lines} gives the line of the file
 * each key is on, so an application checking a value further can say where it is.
 */
public record PackSettings(Map<String, Object> values, Map<String, Integer> lines) {
  public PackSettings {
    values = Map.copyOf(values);
    lines = Map.copyOf(lines);
  }

  /** Settings without line numbers (built in code, not read from a file). */
  public PackSettings(Map<String, Object> values) {
    this(values, Map.of());
  }

  public static PackSettings empty() {
    return new PackSettings(Map.of());
  }

  /** Returns the list setting {@code key}, or an empty list when the pack does not set it. */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    Object v = values.get(key);
    return v == null ? List.of() : (List<String>) v;
  }

  /** Returns the map setting {@code key}, or an empty map when the pack does not set it. */
  @SuppressWarnings("unchecked")
  public Map<String, String> map(String key) {
    Object v = values.get(key);
    return v == null ? Map.of() : (Map<String, String>) v;
  }

  /** Returns the records of setting {@code key}, or an empty list when the pack does not set it. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> records(String key) {
    Object v = values.get(key);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  /** Returns the text or number setting {@code key} as text, or {@code fallback}. */
  public String text(String key, String fallback) {
    Object v = values.get(key);
    return v == null ? fallback : v.toString();
  }

  /** Returns the whole-number setting {@code key}, or {@code fallback}. */
  public int integer(String key, int fallback) {
    Object v = values.get(key);
    return v instanceof Integer i ? i : fallback;
  }

  /** Returns true when the pack sets {@code key}. */
  public boolean has(String key) {
    return values.containsKey(Objects.requireNonNull(key));
  }

  /** Returns the 1-based line {@code key} is set on, or 0 when not known. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }
}
