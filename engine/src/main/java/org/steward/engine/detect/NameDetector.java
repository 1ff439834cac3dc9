package org.steward.engine.detect;

import org.steward.engine.text.Hits;

/**
 * Names of real learners and staff (CON-3) from the directory the app supplies in the context:
 * "well done Jamie Smith in 11B" is caught when Jamie Smith is a learner.
 */
final class NameDetector implements Detector {
  @Override
  public String name() {
    return "pii.name";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    Hits names = text.names();
    for (int i = 0; i < names.size(); i++) {
      out.signal("pii.name", text.start(names.from(i)), text.end(names.to(i)), 1.0);
    }
  }
}
