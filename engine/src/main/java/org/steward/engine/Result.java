package org.steward.engine;

import java.util.List;
import java.util.Objects;

/** The answer for one text: the verdict (the strongest action found) and the findings in text order. */
public record Result(Verdict verdict, List<Finding> findings) {
  private static final Result PASS = new Result(Verdict.PASS, List.of());

  public Result {
    Objects.requireNonNull(verdict, "verdict");
    findings = List.copyOf(findings);
  }

  /** Returns a passing result with no findings. */
  public static Result pass() {
    return PASS;
  }
}
