package org.steward.app.policies;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policies feature's jobs (db-scheduler: each run on one node): versions published for later
 * come into force on time (announced, {@link PolicyEnforced}, their audience asked to confirm them);
 * reminders to confirm, and review notices to owners.
 */
@Configuration(proxyBeanMethods = false)
class PolicyJobs {
  private static final Logger log = LoggerFactory.getLogger(PolicyJobs.class);

  @Bean
  RecurringTask<Void> policyEnforcement(PolicyPublishing publishing,
      @Value("${steward.policies.enforce-every:PT1M}") Duration every) {
    return Tasks.recurring("policy-enforcement", FixedDelay.of(every)).execute((instance, context) -> {
      int n = publishing.enforceDue();
      if (n > 0) {
        log.info("Policies: {} version(s) came into force", n);
      }
    });
  }

  @Bean
  RecurringTask<Void> policyReminders(PolicyAcknowledging acknowledging, PolicyReviews reviews,
      @Value("${steward.policies.remind-every:PT6H}") Duration every) {
    return Tasks.recurring("policy-reminders", FixedDelay.of(every)).execute((instance, context) -> {
      int reminded = acknowledging.remind();
      int told = reviews.remind();
      if (reminded + told > 0) {
        log.info("Policies: {} reminder(s) to confirm, {} review notice(s)", reminded, told);
      }
    });
  }
}
