package org.steward.app.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention job, run by db-scheduler (one node per run), daily by default. */
@Configuration(proxyBeanMethods = false)
class PrivacyJobs {
  private static final Logger log = LoggerFactory.getLogger(PrivacyJobs.class);

  @Bean
  RecurringTask<Void> retentionSchedule(Retention retention,
      @Value("${steward.retention.run-every:P1D}") Duration every) {
    return Tasks.recurring("retention-schedule", FixedDelay.of(every))
        .execute((instance, context) -> {
          int n = retention.apply().stream().mapToInt(Retention.Disposed::count).sum();
          if (n > 0) {
            log.info("Retention: {} record(s) past their period disposed of (see the disposal log)", n);
          }
        });
  }
}
