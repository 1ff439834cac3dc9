package org.steward.engine.detect;

import org.steward.engine.text.Lexicon;

/**
 * Speaking for the institution (CON-11): "on behalf of the college", "the college's position is…",
 * built from {@code authority.phrases} × {@code institution.names}. Rules scope it to personal accounts.
 */
final class AuthorityDetector extends LexiconGroupDetector {
  AuthorityDetector(Lexicon lexicon) {
    super("authority", lexicon, false, "authority");
  }
}
