package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/**
 * Extremism (CON-5): organisations proscribed under the Terrorism Act 2000 Schedule 2 and their
 * aliases, and propaganda or incitement phrases. The shipped rules route a match to safeguarding
 * review; a match is a reason to look, never an accusation.
 */
final class ExtremismDetector extends ScoredTermsDetector {
  ExtremismDetector(Lexicon lexicon) {
    super(lexicon, "extremism.organisation", "extremism.propaganda");
  }

  @Override
  public String name() {
    return "extremism";
  }
}
