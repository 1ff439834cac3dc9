package org.steward.app.people;

import java.util.List;

/**
 * The outcome of a CSV import: either every person was imported ({@code problems} is empty) or
 * nobody was ({@code imported} is 0 and {@code problems} says why).
 */
public record PeopleImportResult(int imported, List<ImportProblem> problems) {
  public PeopleImportResult {
    problems = List.copyOf(problems);
    if (imported > 0 && !problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected file imports nobody");
    }
  }

  static PeopleImportResult imported(int count) {
    return new PeopleImportResult(count, List.of());
  }

  static PeopleImportResult rejected(List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected file needs at least one problem");
    }
    return new PeopleImportResult(0, problems);
  }

  static PeopleImportResult rejected(ImportProblem problem) {
    return rejected(List.of(problem));
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
