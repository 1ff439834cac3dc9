package org.steward.engine.detect;

import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;

/**
 * Street addresses (CON-3): a house number, one to four name words and a street word ("221b Baker
 * Street", "14 Holloway Road"), read on the folded text.
 */
final class AddressDetector implements Detector {
  private final int street;

  AddressDetector(Lexicon lexicon) {
    street = lexicon.group("street");
  }

  @Override
  public String name() {
    return "pii.address";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (text.digits() == 0) {
      return;
    }
    Hits hits = text.hits();
    Lexicon lexicon = text.lexicon();
    NormalisedText f = text.folded();
    for (int i = 0; i < hits.size(); i++) {
      if (!Proximity.in(hits, lexicon, i, street)) {
        continue;
      }
      // walk back over up to four words to a house number
      int p = hits.from(i) - 1;
      int words = 0;
      while (p > 0 && words <= 4) {
        int wordEnd = p; // p is a space
        int w = wordEnd - 1;
        while (w >= 0 && f.charAt(w) != ' ') {
          w--;
        }
        int wordStart = w + 1;
        if (houseNumber(f, wordStart, wordEnd)) {
          if (words >= 1) {
            out.signal("pii.address", text.start(wordStart), text.end(hits.to(i)), 1.0);
          }
          break;
        }
        words++;
        p = w;
      }
    }
  }

  private static boolean houseNumber(NormalisedText f, int s, int e) {
    int digits = 0;
    int k = s;
    while (k < e && f.charAt(k) >= '0' && f.charAt(k) <= '9') {
      digits++;
      k++;
    }
    return digits >= 1 && digits <= 5 && e - k <= 1;
  }
}
