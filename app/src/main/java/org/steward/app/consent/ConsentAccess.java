package org.steward.app.consent;

import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;

/**
 * Who may do what with consent. The register (records, evidence, reports) is for the people who
 * run consent: marketing, the head of digital marketing, the data protection officer, the
 * designated safeguarding lead and administrators. Any member of staff may ask a person for
 * consent (the author of a post, from the gate). Only safeguarding, the DPO and administrators set
 * or lift do-not-publish, and only they see why it was set.
 */
final class ConsentAccess {
  static final Role[] OFFICERS = {Role.ADMINISTRATOR, Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING,
      Role.DATA_PROTECTION_OFFICER, Role.SAFEGUARDING_LEAD};
  static final Role[] SAFEGUARDING = {Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER,
      Role.SAFEGUARDING_LEAD};
  static final Role[] ESCALATION = {Role.ADMINISTRATOR, Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING};

  private ConsentAccess() {}

  static boolean officer(Actor a) {
    return a.isSystem() || a.holdsAny(OFFICERS);
  }

  static boolean safeguarding(Actor a) {
    return a.isSystem() || a.holdsAny(SAFEGUARDING);
  }

  /** Marketing, who take over an overdue takedown. */
  static boolean escalation(Actor a) {
    return a.isSystem() || a.holdsAny(ESCALATION);
  }

  /** Staff of any kind (not a learner only): may ask for consent. */
  static boolean staff(Actor a) {
    return a.isSystem() || (!a.grants().isEmpty() && !a.holds(Role.LEARNER));
  }
}
