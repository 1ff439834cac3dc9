package org.steward.app.policies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a policy is for (DOC-4): staff or learners, as a pack's {@code audience} names them. */
public enum Audience {
  STAFF("staff", "Staff"),
  LEARNER("learner", "Learners");

  private final String code;
  private final String label;

  Audience(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The word a pack uses: {@code staff} or {@code learner}. */
  public String code() {
    return code;
  }

  /** The plural shown to people: "Staff", "Learners". */
  public String label() {
    return label;
  }

  public static Optional<Audience> fromCode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.code.equals(t) || (a.code + "s").equals(t)).findFirst();
  }
}
