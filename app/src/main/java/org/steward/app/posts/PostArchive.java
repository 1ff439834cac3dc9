package org.steward.app.posts;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountPosting;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.audit.AuditTrail;
import org.steward.app.connectors.RemoteMedia;
import org.steward.app.connectors.RemotePost;
import org.steward.app.identity.Actor;

/**
 * Keeps a post that reached the platform without being published here: found by the sync
 * ({@code outside}: published outside Steward, flagged for the account's managers) or read from a
 * platform archive ({@code import}). Stored once per platform id, checked against the pack in force,
 * with its images' alt text and hashes (rights not declared); the account's activity follows it.
 * Runs in the caller's transaction.
 */
@Component
class PostArchive {
  private final Posts posts;
  private final PostCheck check;
  private final AccountPosting accounts;
  private final AuditTrail audit;

  PostArchive(Posts posts, PostCheck check, AccountPosting accounts, AuditTrail audit) {
    this.posts = posts;
    this.check = check;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** Stores the post unless the account already has it; returns its id, or -1 when it was there. */
  long keep(PostingAccount account, RemotePost r, String origin, Instant now) {
    if (posts.byPlatformId(account.id(), r.platformId()).isPresent()) {
      return -1;
    }
    String text = Posts.cut(r.text(), PostInput.MAX_TEXT);
    PostCheck.Outcome outcome = text.isBlank() ? new PostCheck.Outcome("pass", List.of(), "")
        : check.check(account, text, r.media().stream()
            .map(m -> new PostCheck.CheckedImage(m.altText(), false)).toList(), List.of());
    Instant at = r.createdAt() == null ? now : r.createdAt();
    long id = posts.insert(new Posts.NewRow(account.id(), null, text, PostState.PUBLISHED, origin, null, outcome,
        r.platformId(), r.url() == null ? null : Posts.cut(r.url().toString(), 1000), at), now);
    posts.storePublishCheck(id, outcome);
    int position = 0;
    for (RemoteMedia m : r.media()) {
      posts.insertMedia(id, position++, m.mimeType().isEmpty() ? "image/*" : Posts.cut(m.mimeType(), 100), null, 0,
          m.sha256() == null ? "" : m.sha256(), Posts.cut(m.altText() == null ? "" : m.altText(), PostInput.MAX_ALT),
          Rights.UNKNOWN, List.of());
    }
    posts.history(id, null, null, PostState.PUBLISHED, "outside".equals(origin) ? "Published outside Steward"
        : "Imported from the platform's archive", now);
    audit.record(Actor.SYSTEM, "outside".equals(origin) ? "post.found-outside" : "post.imported", "post",
        Long.toString(id), null);
    accounts.recordPost(account.id(), at, "outside".equals(origin) ? "connector" : "import");
    return id;
  }
}
