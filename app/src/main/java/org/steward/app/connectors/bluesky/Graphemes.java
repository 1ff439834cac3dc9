package org.steward.app.connectors.bluesky;

import com.ibm.icu.text.BreakIterator;

/**
 * Counts user-perceived characters (extended grapheme clusters) the way Bluesky's 300 limit
 * does: "👩‍👩‍👧" is one, "é" written as e + combining accent is one. ICU, because the JDK's
 * BreakIterator before Java 20 splits emoji sequences.
 */
final class Graphemes {
  private Graphemes() {}

  static int count(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }
}
