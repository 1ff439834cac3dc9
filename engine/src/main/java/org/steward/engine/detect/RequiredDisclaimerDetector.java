package org.steward.engine.detect;

import java.util.List;

/** Blog disclaimers (PER-3): a blog that carries none of the pack's {@code blog.disclaimers} is reported. */
final class RequiredDisclaimerDetector implements Detector {
  private final RequiredPhrases disclaimers;

  RequiredDisclaimerDetector(List<String> disclaimers) {
    this.disclaimers = new RequiredPhrases(disclaimers.isEmpty() ? List.of("personal views", "views are my own", "my own views") : disclaimers);
  }

  @Override
  public String name() {
    return "required.disclaimer";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (!disclaimers.foundIn(text.folded())) {
      out.signal("missing.disclaimer", 0, 0, 1.0, "no disclaimer");
    }
  }
}
