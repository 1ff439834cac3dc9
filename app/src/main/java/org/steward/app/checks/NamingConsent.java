package org.steward.app.checks;

import java.util.Optional;

/**
 * What the checker asks about a directory person it found named in a text (CON-3, CON-14, SAF-3):
 * whether they are under 18 and whether they have consent in force to be named on the platform.
 * Checks owns this seam and the consent feature implements it, so checks never depends on consent.
 * Without an implementation every name stays a personal-data finding.
 */
public interface NamingConsent {

  /**
   * The register's answer for the person (or people) with this full name, on {@code platform}
   * ({@code null}: every platform) now; empty when no enabled person has that name.
   */
  Optional<Naming> naming(String name, String platform);

  /**
   * {@code minor}: under 18 today; {@code consented}: may be named on that platform; {@code note}:
   * the sentence the finding shows when consented ("Mia Brown: consent to be named until July 2027").
   */
  record Naming(String name, boolean minor, boolean consented, String note) {}
}
