package org.steward.engine.cli;

/** Command-line entry point of the engine. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("steward-engine");
  }
}
