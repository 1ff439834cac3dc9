package org.steward.engine.detect;

import java.util.List;
import org.steward.engine.text.Lexicon;

/**
 * Everything a policy needs to inspect texts: one lexicon automaton holding the shipped word lists
 * and every detector's own terms (the pack's markers, authority phrases, the administrator's word
 * lists), and the registry's detectors built for the policy's configuration, in run order. Built once
 * per pack; immutable.
 */
public final class DetectorSuite {
  private final Lexicon lexicon;
  private final List<Detector> detectors;
  private final Respelling respelling;

  private DetectorSuite(Lexicon lexicon, List<Detector> detectors) {
    this.lexicon = lexicon;
    this.detectors = List.copyOf(detectors);
    this.respelling = Respelling.of(lexicon);
  }

  /**
   * Returns the suite of {@code registry}'s detectors for {@code config}; detectors in {@code given}
   * fill slots ({@code learned}) or take the place of the registered detector of their name.
   */
  public static DetectorSuite of(DetectorRegistry registry, DetectorConfig config, List<? extends Detector> given) {
    Lexicon lexicon = registry.lexicon(config);
    return new DetectorSuite(lexicon, registry.create(config, lexicon, given));
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Returns how this suite puts back words of abuse that were misspelt or taken apart. */
  public Respelling respelling() {
    return respelling;
  }

  /** Returns the detectors in the order they run. */
  public List<Detector> detectors() {
    return detectors;
  }
}
