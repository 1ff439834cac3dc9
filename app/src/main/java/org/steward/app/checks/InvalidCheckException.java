package org.steward.app.checks;

import java.util.List;

/** The check request was not valid; each problem names the field and says what to do. */
public class InvalidCheckException extends RuntimeException {
  /** One field that needs fixing. */
  public record Problem(String field, String message) {}

  private final transient List<Problem> problems;

  public InvalidCheckException(List<Problem> problems) {
    super(problems.size() + " problem(s) with the check request");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
