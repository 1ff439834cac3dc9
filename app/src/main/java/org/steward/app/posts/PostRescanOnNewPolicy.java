package org.steward.app.posts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.app.policies.PolicyEnforced;

/**
 * A policy version came into force: the archive is checked against it (issue #11, "when a new pack
 * version is published, the archive is re-scanned"). Reacting to {@link PolicyEnforced} rather
 * than to the publication means a version enforced from a later date re-scans on that date, when
 * it is the policy in force. Runs after the commit on the listener's own thread, batch by batch;
 * one re-scan per version even if the event is delivered again (the registry retries), and a
 * restart carries on from the last batch (the posts-sync job).
 */
@Component
class PostRescanOnNewPolicy {
  private final PostRescan rescan;

  PostRescanOnNewPolicy(PostRescan rescan) {
    this.rescan = rescan;
  }

  @ApplicationModuleListener
  void on(PolicyEnforced event) {
    rescan.run(rescan.startOnce(event.packId(), event.version()));
  }
}
