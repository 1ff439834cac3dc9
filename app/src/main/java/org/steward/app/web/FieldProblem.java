package org.steward.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;

/**
 * One thing wrong with a request: the field (a JSON property, form field, parameter or file
 * column; null for the request as a whole), a sentence that says what to do and, for a file, the
 * line it is on (1 is a CSV file's header; null otherwise). The {@code errors} of every
 * problem+json answer are a list of these, and every error summary on a page lists them.
 */
public record FieldProblem(String field, String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) implements Serializable {

  public FieldProblem(String field, String message) {
    this(field, message, null);
  }

  /** A problem on a line of a file (and a column of it, or null for the whole line). */
  public static FieldProblem onLine(Integer line, String field, String message) {
    return new FieldProblem(field, message, line);
  }

  /** Where the problem is, in words, e.g. "Line 3, email" or "The file". */
  public String where() {
    if (line == null) {
      return field == null ? "The file" : "Column " + field;
    }
    return field == null ? "Line " + line : "Line " + line + ", " + field;
  }
}
