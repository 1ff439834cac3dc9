package org.steward.app.learning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the institution must have decided before a retrain, how often the retrain job looks,
 * and how often each node looks for a newly activated model ({@code steward.learning.*}).
 */
@ConfigurationProperties("steward.learning")
record LearningSettings(@DefaultValue("20") int minDecisions, @DefaultValue("P1D") Duration retrainEvery,
    @DefaultValue("PT30S") Duration refreshEvery) {
  LearningSettings {
    if (minDecisions < 2) {
      throw new IllegalArgumentException("steward.learning.min-decisions must be at least 2: " + minDecisions);
    }
  }
}
