package org.steward.app.moderation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox's job, run by db-scheduler (one node per run): read new replies from the platforms,
 * then alert on overdue items.
 */
@Configuration(proxyBeanMethods = false)
class InboxJobs {
  private static final Logger log = LoggerFactory.getLogger(InboxJobs.class);

  @Bean
  RecurringTask<Void> inboxSyncTask(InboxSync sync, InboxAlerts alerts, InboxSettings settings) {
    return Tasks.recurring("inbox-sync", FixedDelay.of(settings.syncEvery()))
        .execute((instance, context) -> {
          int arrived = sync.syncAll();
          int alerted = alerts.alertOverdue();
          if (arrived > 0 || alerted > 0) {
            log.info("Inbox: {} item(s) arrived, {} overdue alert(s) sent", arrived, alerted);
          }
        });
  }
}
