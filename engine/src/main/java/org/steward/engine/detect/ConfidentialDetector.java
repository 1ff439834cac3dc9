package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/** Confidentiality markers (CON-3): shipped ones and the pack's {@code confidential.markers}. */
final class ConfidentialDetector extends LexiconGroupDetector {
  ConfidentialDetector(Lexicon lexicon) {
    super("confidential", lexicon, false, "confidential");
  }
}
