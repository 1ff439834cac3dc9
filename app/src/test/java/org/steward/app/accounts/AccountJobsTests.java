package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.engine.Clause;

/**
 * The jobs run through db-scheduler on its table from {@code V10} (H2 and PostgreSQL): both
 * recurring tasks are registered, and the inactivity audit runs when it falls due.
 */
abstract class AccountJobsTests {
  @Autowired SchedulerClient scheduler;
  @Autowired JdbcClient jdbc;

  @Test
  @Clause("ACC-13")
  void theInactivityAuditRunsAsAClusterSafeJob() throws Exception {
    TaskInstanceId audit = TaskInstanceId.of("account-inactivity-audit", RecurringTask.INSTANCE);
    Instant before = Instant.now();
    boolean rescheduled = false;
    for (int i = 0; i < 50 && !rescheduled; i++) {
      try {
        rescheduled = scheduler.reschedule(audit, Instant.now());
      } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException running) {
        rescheduled = false; // picked right now (a policy coming into force at start-up runs it too): try again
      }
      if (!rescheduled) {
        Thread.sleep(200);
      }
    }
    assertThat(rescheduled).isTrue();
    java.time.OffsetDateTime last = null;
    for (int i = 0; i < 100; i++) {
      last = jdbc.sql("select last_success from scheduled_tasks where task_name = ?")
          .param("account-inactivity-audit").query(java.time.OffsetDateTime.class).optional().orElse(null);
      if (last != null && !last.toInstant().isBefore(before.minusSeconds(1))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(last).isNotNull();
    assertThat(last.toInstant()).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(jdbc.sql("select task_name from scheduled_tasks order by task_name").query(String.class).list())
        .contains("account-inactivity-audit", "vault-rewrap");
  }
}
