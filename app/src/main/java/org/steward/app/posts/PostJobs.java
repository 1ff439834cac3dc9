package org.steward.app.posts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The posts feature's job, run by db-scheduler (one node per run): first expire submitted posts
 * whose time came without an approval, then publish the scheduled posts that are due (and retry
 * those whose last attempt could be retried); and the sync, which reads each connected account's own
 * posts (replies are the moderation inbox's job).
 */
@Configuration(proxyBeanMethods = false)
class PostJobs {
  private static final Logger log = LoggerFactory.getLogger(PostJobs.class);

  @Bean
  RecurringTask<Void> postsDue(PostApproval approval, PostPublishing publishing, PostProperties properties) {
    return Tasks.recurring("posts-due", FixedDelay.of(properties.dueEvery()))
        .execute((instance, context) -> {
          var expired = approval.expireDue();
          int tried = publishing.publishDue();
          if (!expired.isEmpty() || tried > 0) {
            log.info("Posts: {} expired, {} publish attempt(s)", expired.size(), tried);
          }
        });
  }

  @Bean
  RecurringTask<Void> postsSync(PostSync sync, PostRescan rescan, PostProperties properties) {
    return Tasks.recurring("posts-sync", FixedDelay.of(properties.syncEvery()))
        .execute((instance, context) -> {
          // A re-scan cut short by a restart carries on from its last batch.
          rescan.unfinished().forEach(rescan::run);
          int n = sync.syncAll();
          if (n > 0) {
            log.debug("Posts: {} account(s) synced", n);
          }
        });
  }
}
