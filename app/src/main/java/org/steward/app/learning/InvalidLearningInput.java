package org.steward.app.learning;

import java.util.List;

/** A decision or a model decision was not valid; each problem names the field and says what to do. */
public class InvalidLearningInput extends RuntimeException {
  /** One field that needs fixing. */
  public record Problem(String field, String message) {}

  private final transient List<Problem> problems;

  public InvalidLearningInput(List<Problem> problems) {
    super(problems.size() + " problem(s)");
    this.problems = List.copyOf(problems);
  }

  public InvalidLearningInput(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
