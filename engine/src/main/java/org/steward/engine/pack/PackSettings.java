package org.steward.engine.pack;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed settings of a pack: detector configuration (blocked sites, markers, institution names…) and
 * workflow settings read by the app. Values are {@code String}, {@code Integer}, {@code List<String>}
 * or {@code Map<String,String>}, as declared in {@link SettingSpec}.
 */
public record PackSettings(Map<String, Object> values) {
  public PackSettings {
    values = Map.copyOf(values);
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
}
