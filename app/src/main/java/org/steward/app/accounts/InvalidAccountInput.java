package org.steward.app.accounts;

import java.util.List;

/** What someone entered cannot be accepted; nothing was written. */
public class InvalidAccountInput extends RuntimeException {
  private final List<AccountProblem> problems;

  public InvalidAccountInput(List<AccountProblem> problems) {
    super(problems.isEmpty() ? "invalid" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public InvalidAccountInput(String field, String message) {
    this(List.of(new AccountProblem(field, message)));
  }

  public List<AccountProblem> problems() {
    return problems;
  }
}
