package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/** References to pornographic material (CON-6). */
final class SexualDetector extends LexiconGroupDetector {
  SexualDetector(Lexicon lexicon) {
    super("sexual", lexicon, false, "sexual");
  }
}
