package org.steward.engine.detect;

import java.util.List;
import java.util.Objects;

/**
 * A rule with the administrator's own word list ({@code detector: lexicon}) or RE2 patterns
 * ({@code detector: pattern}): its signals go to that rule alone, under its {@code category}.
 *
 * @param ruleId the rule that listed them
 * @param detector {@code lexicon} or {@code pattern}
 * @param category the category reported
 * @param terms the terms of a word list (folded like texts; a trailing {@code *} is a prefix)
 * @param patterns the RE2 patterns
 */
public record CustomRule(String ruleId, String detector, String category, List<String> terms, List<String> patterns) {
  public CustomRule {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(detector, "detector");
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
  }
}
