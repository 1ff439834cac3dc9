package org.steward.engine;

import java.util.Objects;

/**
 * One thing a rule found in a text: the rule and the clause it enforces, a stable dotted category
 * ({@code pii.email}), the action, the span {@code [start, end)} in the original text, the matched
 * evidence, a sentence for the person, the detector's score (1 for exact matches), and where the
 * app must route it besides the verdict: {@code "safeguarding"} (open a safeguarding concern for the
 * designated safeguarding lead at once and show the person help, see {@link Safeguarding}) or
 * {@code ""} for none; and a suggested replacement for the span when the detector has one
 * ({@code #OpenEveningAtCityAndIslington} for {@code #openeveningatcityandislington}), else {@code ""}.
 */
public record Finding(
    String rule,
    String clause,
    String category,
    Action severity,
    int start,
    int end,
    String evidence,
    String message,
    double score,
    String route,
    String suggestion) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(message, "message");
    route = route == null ? "" : route;
    suggestion = suggestion == null ? "" : suggestion;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** A finding with no routing. */
  public Finding(String rule, String clause, String category, Action severity, int start, int end, String evidence,
      String message, double score) {
    this(rule, clause, category, severity, start, end, evidence, message, score, "", "");
  }

  /** Returns true when the app must open a safeguarding concern for this finding ({@code route: safeguarding}). */
  public boolean safeguarding() {
    return Safeguarding.ROUTE.equals(route);
  }
}
