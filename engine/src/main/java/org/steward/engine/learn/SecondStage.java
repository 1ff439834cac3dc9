package org.steward.engine.learn;

import java.util.List;
import org.steward.engine.detect.Inspection;

/**
 * A slower second opinion on the learned model's probabilities (issue #15 item 2: the sentence
 * encoder of {@code learn.encoder}). The learned detector calls it on a text of fewer than {@link
 * LearnedDetector#LONG_TEXT} folded characters, after its own scoring and before it compares
 * probabilities with floors, so what the stage says moves findings and overrules alike.
 */
public interface SecondStage {
  /**
   * May revise {@code p} (the calibrated probability of each of {@code categories}, in the model's
   * order) for {@code text}. {@code flagged}: the fast stage already flags the text (a probability at
   * a floor, or a word-list finding of abuse), so a verifier knows which texts are worth its time.
   */
  void revise(Inspection text, List<String> categories, double[] p, boolean flagged);
}
