package org.steward.app.csv;

import java.util.List;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * The outcome of an all-or-nothing import: either every row was imported ({@code problems} is
 * empty) or nothing was ({@code imported} is 0 and {@code problems} says why, by line).
 */
public record ImportResult(int imported, List<FieldProblem> problems) {
  public ImportResult {
    problems = List.copyOf(problems);
    if (imported > 0 && !problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected file imports nothing");
    }
  }

  public static ImportResult imported(int count) {
    return new ImportResult(count, List.of());
  }

  public static ImportResult rejected(List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected file needs at least one problem");
    }
    return new ImportResult(0, problems);
  }

  /** Rejected for a reason about the whole file (no line). */
  public static ImportResult rejected(String message) {
    return rejected(List.of(FieldProblem.onLine(null, null, message)));
  }

  public boolean accepted() {
    return problems.isEmpty();
  }

  /** The 422 for an API: every problem by line, nothing imported. */
  public InvalidInput refusal() {
    int n = problems.size();
    return new InvalidInput(problems, "The file was not imported",
        (n == 1 ? "1 problem was" : n + " problems were") + " found. Nothing was imported: fix"
            + " every problem and send the whole file again.");
  }
}
