package org.steward.engine.detect;

/**
 * Detector names and signal categories are dotted ({@code pii.email}, {@code hate.race}): a name
 * selects itself and everything below it, so a rule on {@code pii} serves every {@code pii.*}
 * detector and a rule narrowed to {@code hate} takes {@code hate.race}.
 */
public final class DottedNames {
  private DottedNames() {}

  /**
   * Returns true when {@code name} equals {@code prefix} or starts with {@code prefix + "."}:
   * {@code covers("pii", "pii.email")} and {@code covers("hate", "hate")} are true, {@code
   * covers("pii", "piix")} is false.
   */
  public static boolean covers(String prefix, String name) {
    return name.equals(prefix)
        || (name.length() > prefix.length() && name.startsWith(prefix) && name.charAt(prefix.length()) == '.');
  }
}
