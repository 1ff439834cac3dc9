package org.steward.engine;

import java.util.Objects;

/**
 * A picture, video or sound attached to a text, as the app resolves it against its registers: whether
 * the poster declared the right to use it (CON-7), and how many identifiable people in it lack
 * consent (CON-14) or, being under 18, lack a guardian's consent (SAF-3); and, for a picture, its
 * alternative text, which screen readers read out in its place (accessibility: a picture with blank
 * alt text is reported).
 */
public record Media(String id, boolean rightsDeclared, int peopleWithoutConsent, int minorsWithoutGuardianConsent, boolean image,
    String altText) {
  public Media {
    Objects.requireNonNull(id, "id");
    altText = altText == null ? "" : altText;
    if (peopleWithoutConsent < 0 || minorsWithoutGuardianConsent < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** A medium whose kind and alternative text the app does not say (not checked for alt text). */
  public Media(String id, boolean rightsDeclared, int peopleWithoutConsent, int minorsWithoutGuardianConsent) {
    this(id, rightsDeclared, peopleWithoutConsent, minorsWithoutGuardianConsent, false, "");
  }

  /** A picture with its alternative text ({@code ""} when it has none), rights declared and nobody pictured without consent. */
  public static Media image(String id, String altText) {
    return new Media(id, true, 0, 0, true, altText);
  }
}
