package org.steward.app.learning;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.app.identity.Actor;

/**
 * The retrain job, run by db-scheduler (cluster-safe: one node per run): once a day by default it
 * builds a candidate when enough new decisions exist. It never activates anything.
 */
@Configuration(proxyBeanMethods = false)
class LearningJobs {
  @Bean
  RecurringTask<Void> learningRetrain(LearningService learning, LearningSettings settings) {
    return Tasks.recurring("learning-retrain", FixedDelay.of(settings.retrainEvery()))
        .execute((instance, context) -> learning.buildCandidate(Actor.SYSTEM));
  }
}
