package org.steward.app.accounts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.crypto.VaultSettings;

/**
 * The accounts feature's jobs, run by db-scheduler (cluster-safe: each run is picked by one node).
 * The inactivity audit marks quiet accounts dormant (ACC-13); the vault job re-wraps data keys
 * under the current master key after a rotation, in small batches.
 */
@Configuration(proxyBeanMethods = false)
class AccountJobs {
  private static final Logger log = LoggerFactory.getLogger(AccountJobs.class);

  @Bean
  RecurringTask<Void> accountInactivityAudit(AccountActivity accounts,
      @Value("${steward.accounts.dormancy-check-every:PT1H}") Duration every) {
    return Tasks.recurring("account-inactivity-audit", FixedDelay.of(every))
        .execute((instance, context) -> {
          var marked = accounts.markDormant();
          if (!marked.isEmpty()) {
            log.info("Inactivity audit: {} account(s) marked dormant", marked.size());
          }
        });
  }

  @Bean
  RecurringTask<Void> vaultRewrap(CredentialVault vault, VaultSettings settings) {
    return Tasks.recurring("vault-rewrap", FixedDelay.of(settings.rewrapEvery()))
        .execute((instance, context) -> {
          if (vault.countByKey().isEmpty()) {
            return; // nothing stored yet: do not create a key file just to look
          }
          vault.keys().reload();
          int total = 0;
          for (int n; (n = vault.rewrapBatch(100)) > 0; ) {
            total += n;
          }
          if (total > 0) {
            log.info("Vault: re-wrapped {} data key(s) under the current master key", total);
          }
        });
  }
}
