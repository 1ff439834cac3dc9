package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/** Confidentiality markers (CON-3): shipped ones and the pack's {@code confidential.markers}. */
final class ConfidentialDetector extends LexiconGroupDetector {
  ConfidentialDetector(Lexicon lexicon) {
    super("confidential", lexicon, false, "confidential");
  }

  /** Adds the pack's {@code confidential.markers} to the shipped ones. */
  static void addMarkers(Lexicon.Builder b, DetectorConfig config) {
    for (String marker : config.list("confidential.markers")) {
      b.add("confidential", "confidential", 1.0, marker, false);
    }
  }
}
