package org.steward.app.consent;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a consent allows: being in photos, in videos, or named in captions (CON-14, SAF-1). */
public enum Purpose {
  PHOTO("photo", "Photos"),
  VIDEO("video", "Videos"),
  NAME("name", "Name in captions");

  private final String code;
  private final String label;

  Purpose(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Purpose> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.code.equals(t) || p.name().equalsIgnoreCase(t)).findFirst();
  }

  /** "photo,name" to the set; unknown codes are left out (the store only holds known ones). */
  static Set<Purpose> parseAll(String codes) {
    Set<Purpose> out = EnumSet.noneOf(Purpose.class);
    if (codes != null) {
      for (String c : codes.split(",")) {
        fromCode(c).ifPresent(out::add);
      }
    }
    return out;
  }

  static String joined(Set<Purpose> purposes) {
    return purposes.stream().sorted().map(Purpose::code).collect(Collectors.joining(","));
  }
}
