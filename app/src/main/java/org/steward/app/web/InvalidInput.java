package org.steward.app.web;

import java.util.List;

/**
 * What was sent cannot be accepted, and nothing was written: answered 422 problem+json naming
 * every bad field (or the form again, for pages that catch it). Features throw it, or a subclass.
 */
public class InvalidInput extends RuntimeException {
  private final transient List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
