package org.steward.app.connectors;

/**
 * The connector for a platform without an API that Steward uses: a person posts by hand and tells
 * Steward. Implemented in {@code connectors.manual}; the registry asks it for every code that no
 * API connector claims, so the registry never names an implementation (no package cycle).
 */
public interface ManualFallback {
  /** A manual connector for {@code platformCode} (already normalised). */
  Connector forPlatform(String platformCode);
}
