package org.steward.engine;

import org.steward.engine.pack.PackLoader;
import org.steward.engine.pack.PolicyPack;

/** Small packs for tests: the metadata every pack needs, then only the clauses and rules a test is about. */
public final class TestPacks {
  private TestPacks() {}

  /** Returns the YAML of pack {@code id}: the common metadata, then {@code clausesAndRules} (YAML at the top level). */
  public static String yaml(String id, String clausesAndRules) {
    return "pack: " + id + "\ntitle: T\nowner: O\napproved: { by: B, on: 2025-01-01 }\nreview-by: 2030-01-01\naudience: [staff]\n"
        + clausesAndRules;
  }

  /** Returns pack {@code id} with {@code clausesAndRules}, loaded as a file {@code id.yaml} would be. */
  public static PolicyPack parse(String id, String clausesAndRules) {
    return PackLoader.parse(yaml(id, clausesAndRules), id + ".yaml");
  }
}
