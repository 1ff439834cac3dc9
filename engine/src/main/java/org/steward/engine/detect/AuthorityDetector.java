package org.steward.engine.detect;

import java.util.ArrayList;
import java.util.List;
import org.steward.engine.text.Lexicon;

/**
 * Speaking for the institution (CON-11): "on behalf of the college", "the college's position is…",
 * built from {@code authority.phrases} × {@code institution.names}. Rules scope it to personal accounts.
 */
final class AuthorityDetector extends LexiconGroupDetector {
  private static final List<String> TEMPLATES = List.of(
      "on behalf of {org}", "{org}'s position", "{org}s position", "the position of {org}", "{org} has decided",
      "{org} have decided", "official statement from {org}", "{org} official statement", "speaking for {org}",
      "as a spokesperson for {org}", "{org} can confirm", "{org} confirms", "{org} would like to announce",
      "{org} is pleased to announce", "we at {org}", "{org} officially", "{org} does not tolerate", "{org} apologises");
  private static final List<String> DEFAULT_ORGS = List.of("the college", "the group", "the school", "the academy", "the university");

  AuthorityDetector(Lexicon lexicon) {
    super("authority", lexicon, false, "authority");
  }

  /** Adds every phrase (the shipped ones and {@code authority.phrases}) for every name ({@code institution.names} too). */
  static void addPhrases(Lexicon.Builder b, DetectorConfig config) {
    List<String> orgs = new ArrayList<>(DEFAULT_ORGS);
    orgs.addAll(config.list("institution.names"));
    List<String> templates = new ArrayList<>(TEMPLATES);
    templates.addAll(config.list("authority.phrases"));
    for (String template : templates) {
      if (template.contains("{org}")) {
        for (String org : orgs) {
          b.add("authority", "authority", 1.0, template.replace("{org}", org), false);
        }
      } else {
        b.add("authority", "authority", 1.0, template, false);
      }
    }
  }
}
