package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/** Threats of violence (CON-2): "I'll kill you", "watch your back", "I know where you live". */
final class ThreatDetector extends LexiconGroupDetector {
  ThreatDetector(Lexicon lexicon) {
    super("threat", lexicon, false, "threat");
  }
}
