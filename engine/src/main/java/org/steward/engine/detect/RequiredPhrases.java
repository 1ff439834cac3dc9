package org.steward.engine.detect;

import java.util.List;
import org.steward.engine.text.NormalisedText;
import org.steward.engine.text.Normaliser;

/** A list of phrases, folded once, and a test whether a folded text contains any of them as whole words. */
final class RequiredPhrases {
  private final List<String> folded;

  RequiredPhrases(List<String> phrases) {
    this.folded = phrases.stream().map(p -> Normaliser.normalise(p).toString()).filter(p -> !p.isEmpty()).toList();
  }

  boolean isEmpty() {
    return folded.isEmpty();
  }

  boolean foundIn(NormalisedText text) {
    String t = " " + text + " ";
    for (String p : folded) {
      if (t.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }
}
