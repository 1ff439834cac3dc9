package org.steward.app.posts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.cases.ConcernEvidence;
import org.steward.app.cases.Evidence;
import org.steward.app.cases.Subject;
import org.steward.app.identity.Actor;

/**
 * A post's evidence for a concern (issue #13): whoever may see the post (its author, the account's
 * managers, its approvers, marketing) captures, at that moment, its text, its address on the
 * platform and the findings stored with it (the check before approval, and the check at
 * publishing when there was one); {@code cases} hashes the snapshot.
 */
@Component
class PostConcernEvidence implements ConcernEvidence {
  private final Posts posts;
  private final PostGuards guards;
  private final Clock clock;

  PostConcernEvidence(Posts posts, PostGuards guards, Clock clock) {
    this.posts = posts;
    this.guards = guards;
    this.clock = clock;
  }

  @Override
  public Subject subject() {
    return Subject.POST;
  }

  @Override
  public Captured capture(Actor actor, long postId) {
    Post post = posts.existing(postId);
    PostingAccount account = guards.account(post.accountId());
    if (!guards.mayView(actor, post, account)) {
      throw guards.refuse(actor, post.id(), "report a concern", "Only the author, the account's managers and its"
          + " approvers can see this post, and so report a concern from it.");
    }
    List<Evidence.EvidenceFinding> findings = new ArrayList<>();
    for (StoredFinding f : post.findings()) {
      findings.add(of(f));
    }
    for (StoredFinding f : post.publishFindings()) {
      Evidence.EvidenceFinding e = of(f);
      if (!findings.contains(e)) {
        findings.add(e);
      }
    }
    return new Captured(Evidence.of(post.text(), "post " + post.id(), post.platformUrl(), findings, clock.instant()),
        post.accountId());
  }

  private static Evidence.EvidenceFinding of(StoredFinding f) {
    return new Evidence.EvidenceFinding(f.rule(), f.clause(), f.category(), f.severity(), f.start(), f.end(),
        f.evidence(), f.message(), 0);
  }
}
