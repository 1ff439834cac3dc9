package org.steward.app.cases;

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
 * The cases feature's jobs (db-scheduler, one node per run): alerts for cases past their time
 * limit, and re-wrapping case keys under the current master key after a rotation.
 */
@Configuration(proxyBeanMethods = false)
class CaseJobs {
  private static final Logger log = LoggerFactory.getLogger(CaseJobs.class);

  @Bean
  RecurringTask<Void> caseTimeLimits(CaseAlerts alerts,
      @Value("${steward.cases.alert-check-every:PT5M}") Duration every) {
    return Tasks.recurring("case-time-limits", FixedDelay.of(every))
        .execute((instance, context) -> {
          int n = alerts.alertOverdue();
          if (n > 0) {
            log.info("Cases: {} case(s) past their time limit, alerts sent", n);
          }
        });
  }

  @Bean
  RecurringTask<Void> caseKeyRewrap(CaseCrypto crypto, org.steward.app.crypto.VaultSettings vault) {
    return Tasks.recurring("case-key-rewrap", FixedDelay.of(vault.rewrapEvery()))
        .execute((instance, context) -> {
          int total = 0;
          for (int n; (n = crypto.rewrapBatch(100)) > 0; ) {
            total += n;
          }
          if (total > 0) {
            log.info("Cases: re-wrapped {} case key(s) under the current master key", total);
          }
        });
  }
}
