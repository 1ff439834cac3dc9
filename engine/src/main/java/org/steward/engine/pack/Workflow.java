package org.steward.engine.pack;

import java.util.List;
import java.util.Objects;

/** A workflow of the app that serves clauses (approvals, acknowledgements, routing), named in the pack. */
public record Workflow(String id, List<String> clauses, String say) {
  public Workflow {
    Objects.requireNonNull(id, "id");
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(say, "say");
  }
}
