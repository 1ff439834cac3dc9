package org.steward.app.csv;

/**
 * One column an import accepts, as its page documents it: the header that names it (the first line
 * of the file), whether every file must have it, and what to put in it. Each importing feature lists
 * its own columns and reads them its own way; this is only what a column is, so that the
 * documentation table of every import page is built from the same three facts.
 */
public record ImportColumn(String header, boolean required, String description) {
  /** A column every file must have. */
  public static ImportColumn required(String header, String description) {
    return new ImportColumn(header, true, description);
  }

  /** A column a file may leave out. */
  public static ImportColumn optional(String header, String description) {
    return new ImportColumn(header, false, description);
  }
}
