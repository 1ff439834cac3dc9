package org.steward.app.web;

import java.util.List;

/**
 * What was sent cannot be accepted, and nothing was written: answered 422 problem+json naming
 * every bad field (or the form again, for pages that catch it). The one type for bad input in
 * every feature: a service collects every {@link FieldProblem} and throws this once. It is an
 * {@link IllegalArgumentException}: the caller's mistake, not ours.
 */
public class InvalidInput extends IllegalArgumentException {
  private final transient List<FieldProblem> problems;
  private final String title;
  private final String detail;

  public InvalidInput(List<FieldProblem> problems) {
    this(problems, null, null);
  }

  /**
   * Bad input with its own heading and sentence for the problem+json answer, e.g. an import: "The
   * file was not imported", "3 problems were found. Nothing was imported: ...".
   */
  public InvalidInput(List<FieldProblem> problems, String title, String detail) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
    this.title = title;
    this.detail = detail;
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The heading of the answer, or null for the usual "Check what you sent". */
  public String title() {
    return title;
  }

  /** The sentence of the answer, or null for the usual one built from the problems. */
  public String detail() {
    return detail;
  }
}
