package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/**
 * General profanity ({@code profanity}, CON-13) and slurs ({@code slur}, CON-1) from Steward's
 * lexicons, matched on folded text so disguised spellings count and innocent look-alikes
 * (Scunthorpe, assess, cocktail) do not.
 */
final class ProfanityDetector extends LexiconGroupDetector {
  ProfanityDetector(Lexicon lexicon) {
    super("profanity", lexicon, true, "profanity", "slur");
  }
}
