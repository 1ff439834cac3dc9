package org.steward.engine.pack;

import java.util.List;

/** Thrown when a pack file is invalid; carries every problem found, not just the first. */
public final class PackException extends RuntimeException {
  private final List<PackProblem> problems;

  public PackException(List<PackProblem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }

  private static String format(List<PackProblem> problems) {
    StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in policy pack:");
    for (PackProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
