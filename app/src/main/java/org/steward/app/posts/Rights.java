package org.steward.app.posts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rights declaration for one image (CON-7): the college's own photo, licensed (stock, with the
 * licence), or used with the owner's permission. {@code unknown} is kept for imported and synced
 * posts, whose rights nobody declared in Steward.
 */
public enum Rights {
  OWN("own", "Our own photo or image"),
  LICENSED("licensed", "Licensed (stock or with a licence)"),
  PERMISSION("permission", "Used with the owner's permission"),
  UNKNOWN("unknown", "Not declared");

  private final String code;
  private final String label;

  Rights(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether the poster declared the right to use the image. */
  public boolean declared() {
    return this != UNKNOWN;
  }

  public static Optional<Rights> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.code.equals(t)).findFirst();
  }
}
