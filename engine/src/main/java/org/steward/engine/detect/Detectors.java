package org.steward.engine.detect;

import java.util.List;
import org.steward.engine.pack.Condition;

/** The names of the shipped detectors, which rules name in {@code when.detector}. */
public final class Detectors {
  private static final List<String> NAMES = List.of(
      "profanity", "hate", "harassment", "threat", "sexism", "tone", "sexual",
      "pii.email", "pii.phone", "pii.postcode", "pii.nino", "pii.card", "pii.bank", "pii.iban",
      "pii.ssn", "pii.ip", "pii.dob", "pii.id", "pii.address", "pii.name",
      "confidential", "incident", "political", "extremism", "link", "defamation", "authority",
      "required.tag", "required.disclaimer", "required.affiliation", "required.personal",
      "media.rights", "media.consent",
      "account.managers", "account.members", "account.follows", "account.email", "account.visibility",
      "lexicon", "pattern",
      "safeguarding.self-harm", "safeguarding.grooming", "accessibility", "mockery",
      "learned");

  private Detectors() {}

  /** Returns every detector name, in catalogue order. */
  public static List<String> names() {
    return NAMES;
  }

  /** Returns true when {@code name} selects at least one detector (by dotted prefix, so {@code pii} is known). */
  public static boolean isKnown(String name) {
    for (String n : NAMES) {
      if (Condition.dottedPrefix(name, n)) {
        return true;
      }
    }
    return false;
  }
}
