package org.steward.engine.pack;

import java.util.List;
import java.util.Objects;
import org.steward.engine.detect.DottedNames;

/**
 * When a rule fires: signals of a detector (matched by dotted prefix, so {@code pii} selects
 * {@code pii.email} and {@code pii.phone}), optionally narrowed to categories (also dotted prefixes)
 * and a minimum score. The {@code lexicon} and {@code pattern} detectors take the administrator's
 * own {@code terms} or RE2 {@code patterns}, reported under {@code category}.
 */
public record Condition(
    String detector,
    List<String> categories,
    double minScore,
    List<String> terms,
    List<String> patterns,
    String category) {
  public Condition {
    Objects.requireNonNull(detector, "detector");
    categories = List.copyOf(categories);
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
    if (minScore < 0 || minScore > 1) {
      throw new IllegalArgumentException("minScore must be within 0..1: " + minScore);
    }
  }

  /** Returns a condition on every signal of {@code detector}. */
  public static Condition on(String detector) {
    return new Condition(detector, List.of(), 0, List.of(), List.of(), null);
  }

  /** Returns true when {@code name} equals {@code prefix} or starts with {@code prefix + "."} (see {@link DottedNames}). */
  public static boolean dottedPrefix(String prefix, String name) {
    return DottedNames.covers(prefix, name);
  }
}
