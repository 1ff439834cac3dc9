package org.steward.engine;

import java.util.Objects;

/**
 * A picture, video or sound attached to a text, as the app resolves it against its registers: whether
 * the poster declared the right to use it (CON-7), and how many identifiable people in it lack
 * consent (CON-14) or, being under 18, lack a guardian's consent (SAF-3).
 */
public record Media(String id, boolean rightsDeclared, int peopleWithoutConsent, int minorsWithoutGuardianConsent) {
  public Media {
    Objects.requireNonNull(id, "id");
    if (peopleWithoutConsent < 0 || minorsWithoutGuardianConsent < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
