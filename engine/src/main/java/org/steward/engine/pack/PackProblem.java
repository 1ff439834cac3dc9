package org.steward.engine.pack;

import java.util.Objects;

/** One thing wrong in a pack file: where (file, 1-based line, field path) and what. */
public record PackProblem(String file, int line, String field, String message) {
  public PackProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** Returns e.g. {@code "acme.yaml:12: rules[3].action: 'blok' is not one of block, review, warn, tag"}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
