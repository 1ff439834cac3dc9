package org.steward.engine.detect;

import org.steward.engine.Media;

/**
 * Consent of people pictured (CON-14, SAF-3), as the app resolved it against the consent register:
 * {@code consent.missing} for anyone without consent, {@code consent.guardian} for under-18s
 * without a guardian's consent.
 */
final class MediaConsentDetector implements Detector {
  @Override
  public String name() {
    return "media.consent";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    for (Media m : text.context().media()) {
      if (m.peopleWithoutConsent() > 0) {
        out.signal("consent.missing", 0, 0, 1.0, m.id());
      }
      if (m.minorsWithoutGuardianConsent() > 0) {
        out.signal("consent.guardian", 0, 0, 1.0, m.id());
      }
    }
  }
}
