package org.steward.app.people;

/**
 * One reason an imported file was rejected: the line of the file (1 is the header; null when
 * the problem is the whole file, such as "not UTF-8 text"), the column it concerns (null when it
 * is the whole line or file) and a message that says what to fix.
 */
public record ImportProblem(Integer line, String field, String message) {

  /** Where the problem is, in words, e.g. "Line 3, email" or "The file". */
  public String where() {
    if (line == null) {
      return field == null ? "The file" : "Column " + field;
    }
    return field == null ? "Line " + line : "Line " + line + ", " + field;
  }
}
