package org.steward.engine.detect;

import java.util.List;

/** Staff identification in bios (PER-1): a bio without any of {@code bio.affiliation-words} is reported. */
final class RequiredAffiliationDetector implements Detector {
  private final RequiredPhrases words;

  RequiredAffiliationDetector(List<String> words) {
    this.words = new RequiredPhrases(words.isEmpty() ? List.of("staff", "lecturer", "teacher", "tutor", "work at") : words);
  }

  @Override
  public String name() {
    return "required.affiliation";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    if (!words.foundIn(text.folded())) {
      out.signal("missing.affiliation", 0, 0, 1.0, "no staff identification");
    }
  }
}
