package org.steward.app.consent;

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
 * The consent register's job, run by db-scheduler (one node per run): reminders before consent
 * ends or a learner turns 18, overdue takedowns escalated to marketing, failed deletions retried.
 */
@Configuration(proxyBeanMethods = false)
class ConsentJobs {
  private static final Logger log = LoggerFactory.getLogger(ConsentJobs.class);

  @Bean
  RecurringTask<Void> consentDeadlineJob(ConsentDeadlines deadlines, Withdrawals withdrawals,
      @Value("${steward.consent.check-every:PT1H}") Duration every) {
    return Tasks.recurring("consent-deadlines", FixedDelay.of(every))
        .execute((instance, context) -> {
          int reminded = deadlines.remind();
          int escalated = withdrawals.escalateOverdue();
          withdrawals.retryFailed();
          if (reminded + escalated > 0) {
            log.info("Consent: {} reminder(s) sent, {} takedown(s) escalated", reminded, escalated);
          }
        });
  }
}
