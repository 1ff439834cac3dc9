package org.steward.app.learning;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How much the institution must have decided before a retrain, and how often the job looks. */
@Component
class LearningSettings {
  private final int minDecisions;
  private final Duration retrainEvery;

  LearningSettings(@Value("${steward.learning.min-decisions:20}") int minDecisions,
      @Value("${steward.learning.retrain-every:P1D}") Duration retrainEvery) {
    if (minDecisions < 2) {
      throw new IllegalArgumentException("steward.learning.min-decisions must be at least 2: " + minDecisions);
    }
    this.minDecisions = minDecisions;
    this.retrainEvery = retrainEvery;
  }

  int minDecisions() {
    return minDecisions;
  }

  Duration retrainEvery() {
    return retrainEvery;
  }
}
