package org.steward.app.accounts;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.app.policies.PolicyEnforced;

/**
 * A new policy version came into force: its settings may change when an account is dormant, so the
 * inactivity audit runs now rather than at its next hour (it reads the settings again on every run).
 */
@Component
class AccountPolicyEvents {
  private final ObjectProvider<SchedulerClient> scheduler;

  AccountPolicyEvents(ObjectProvider<SchedulerClient> scheduler) {
    this.scheduler = scheduler;
  }

  @ApplicationModuleListener
  void on(PolicyEnforced event) {
    SchedulerClient client = scheduler.getIfAvailable();
    if (client == null) {
      return;
    }
    try {
      client.reschedule(TaskInstanceId.of("account-inactivity-audit", RecurringTask.INSTANCE), Instant.now());
    } catch (RuntimeException running) {
      // The audit is running on some node right now (db-scheduler will not move a picked
      // execution): it reads the settings in force as it goes, which is what this asked for.
    }
  }
}
