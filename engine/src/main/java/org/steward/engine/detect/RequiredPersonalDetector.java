package org.steward.engine.detect;

import java.util.List;

/** "Personal account" statements in bios (PER-2): a bio without any of {@code bio.personal-statements} is reported. */
final class RequiredPersonalDetector implements Detector {
  private final RequiredPhrases statements;

  RequiredPersonalDetector(List<String> statements) {
    this.statements = new RequiredPhrases(statements.isEmpty() ? List.of("personal account", "views are my own", "views my own") : statements);
  }

  @Override
  public String name() {
    return "required.personal";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (!statements.foundIn(text.folded())) {
      out.signal("missing.personal", 0, 0, 1.0, "no personal-account statement");
    }
  }
}
