package org.steward.app.checks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.steward.engine.Action;

/**
 * Findings in words, for the check page (the API keeps the codes): what was found ("A real
 * person's name", not {@code pii.name}) and what it means ("Needs a review", not {@code review}).
 * A category nobody named here reads as its own words ({@code custom.ticket-number}: "Ticket number").
 */
final class FindingWords {
  private static final Map<String, String> FOUND = new LinkedHashMap<>();

  static {
    FOUND.put("pii.name", "A real person's name");
    FOUND.put("pii.email", "An e-mail address");
    FOUND.put("pii.phone", "A phone number");
    FOUND.put("pii.postcode", "A postcode");
    FOUND.put("pii.address", "A home address");
    FOUND.put("pii.nino", "A National Insurance number");
    FOUND.put("pii.card", "A payment card number");
    FOUND.put("pii.bank", "Bank details");
    FOUND.put("pii.iban", "Bank details");
    FOUND.put("pii.ssn", "A social security number");
    FOUND.put("pii.ip", "An IP address");
    FOUND.put("pii.dob", "A date of birth");
    FOUND.put("pii.id", "An ID number");
    FOUND.put("pii", "Personal details");
    FOUND.put("confidential", "Something marked confidential");
    FOUND.put("political", "Party-political content");
    FOUND.put("slur", "A slur");
    FOUND.put("profanity", "Swearing");
    FOUND.put("hate.race", "Racist language");
    FOUND.put("hate.religion", "Hate against a religion");
    FOUND.put("hate.lgbt", "Homophobic or transphobic language");
    FOUND.put("hate.disability", "Hate against disabled people");
    FOUND.put("hate.origin", "Hate against where people come from");
    FOUND.put("hate.gender", "Hate against a gender");
    FOUND.put("hate", "Hateful language");
    FOUND.put("sexism", "Sexist language");
    FOUND.put("harassment", "Bullying or harassment");
    FOUND.put("threat", "A threat");
    FOUND.put("tone", "A hostile tone");
    FOUND.put("extremism", "Extremist content");
    FOUND.put("incident", "An incident at the college");
    FOUND.put("sexual", "Sexual content");
    FOUND.put("link.blocked", "A link to a blocked site");
    FOUND.put("link.download", "A link to a download");
    FOUND.put("link.shortener", "A shortened link");
    FOUND.put("link.lookalike", "A look-alike web address");
    FOUND.put("defamation", "A damaging claim about a named person");
    FOUND.put("authority", "Speaking for the institution");
    FOUND.put("missing.tag", "A required tag is missing");
    FOUND.put("missing.disclaimer", "The personal-views disclaimer is missing");
    FOUND.put("missing.affiliation", "It does not say you work or study here");
    FOUND.put("missing.personal", "It does not say the account is personal");
    FOUND.put("copyright", "Media without a rights declaration");
    FOUND.put("consent", "No consent recorded for someone pictured");
  }

  private FindingWords() {}

  /** What was found, in words. */
  static String found(String category) {
    for (Map.Entry<String, String> e : FOUND.entrySet()) {
      if (category.equals(e.getKey()) || category.startsWith(e.getKey() + ".")) {
        return e.getValue();
      }
    }
    String last = category.substring(category.lastIndexOf('.') + 1).replace('-', ' ').replace('_', ' ');
    return last.isEmpty() ? category : Character.toUpperCase(last.charAt(0)) + last.substring(1).toLowerCase(Locale.ROOT);
  }

  /** What the finding means for the text, in words. */
  static String means(Action action) {
    return switch (action) {
      case BLOCK -> "Do not post this";
      case REVIEW -> "Needs a review before it is posted";
      case WARN -> "Think again before posting";
      case TAG -> "Noted, nothing to change";
    };
  }

  /** Kinds of text, in words, for the form. */
  static String kind(String code) {
    return switch (code) {
      case "post" -> "A post";
      case "reply" -> "A reply to someone";
      case "comment" -> "A comment";
      case "bio" -> "An account biography";
      case "blog" -> "A blog or forum post";
      case "message" -> "A direct message";
      default -> code;
    };
  }
}
