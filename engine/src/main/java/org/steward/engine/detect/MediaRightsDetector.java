package org.steward.engine.detect;

import org.steward.engine.Media;

/** Copyright (CON-7): attached media without a rights declaration. */
final class MediaRightsDetector implements Detector {
  @Override
  public String name() {
    return "media.rights";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    for (Media m : text.context().media()) {
      if (!m.rightsDeclared()) {
        out.signal("copyright.undeclared", 0, 0, 1.0, m.id());
      }
    }
  }
}
