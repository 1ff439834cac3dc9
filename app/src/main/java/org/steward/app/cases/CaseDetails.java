package org.steward.app.cases;

/**
 * What a case says, sealed under the case's data key (never in the clear in the database, the
 * audit trail or a log): what was reported and about what, the reporter (null when anonymous),
 * the evidence captured, and for radicalisation the fields of a Prevent referral.
 */
record CaseDetails(String concern, String subject, String summary, String link, Reporter reporter,
    Evidence evidence, Prevent prevent) {

  /** Who reported, when they gave their name: their words, and their person id if signed in. */
  record Reporter(String name, String contact, Long personId) {}

  /**
   * The fields of a Prevent referral (SAF-5): what the concerns are, how they came to light, and
   * the social media involved. Recorded here; the referral itself is made by the safeguarding lead
   * through the official route, never by Steward.
   */
  record Prevent(String concerns, String cameToLight, String socialMedia) {
    static final Prevent EMPTY = new Prevent("", "", "");
  }

  CaseDetails withPrevent(Prevent p) {
    return new CaseDetails(concern, subject, summary, link, reporter, evidence, p);
  }
}
