package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/**
 * Party-political content (CON-4): UK parties, office holders, elections, referendums, campaigns,
 * calls to vote or sign petitions. A score: "vote Labour" alone is enough; "government" alone is not.
 */
final class PoliticalDetector extends ScoredTermsDetector {
  PoliticalDetector(Lexicon lexicon) {
    super(lexicon, "political");
  }

  @Override
  public String name() {
    return "political";
  }
}
