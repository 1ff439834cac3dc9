package org.steward.engine.detect;

import java.util.List;
import java.util.Map;

/**
 * What a policy tells the detectors: its settings ({@code links.blocked}, {@code institution.names}…)
 * and the administrator's own word lists and patterns. A pack provides one ({@code
 * PolicyPack.detectorConfig()}); the detectors know nothing else of packs.
 */
public interface DetectorConfig {
  /** Returns the list setting {@code key}, or an empty list when it is not set. */
  List<String> list(String key);

  /** Returns the map setting {@code key}, or an empty map when it is not set. */
  Map<String, String> map(String key);

  /** Returns the whole-number setting {@code key}, or {@code fallback}. */
  int integer(String key, int fallback);

  /** Returns the rules that bring their own terms or patterns, in pack order. */
  List<CustomRule> customRules();

  /** Returns a configuration with no settings and no rules of its own. */
  static DetectorConfig empty() {
    return new DetectorConfig() {
      @Override
      public List<String> list(String key) {
        return List.of();
      }

      @Override
      public Map<String, String> map(String key) {
        return Map.of();
      }

      @Override
      public int integer(String key, int fallback) {
        return fallback;
      }

      @Override
      public List<CustomRule> customRules() {
        return List.of();
      }
    };
  }
}
