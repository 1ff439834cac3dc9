package org.steward.app.connectors;

import java.time.Instant;

/**
 * One platform, seen the same way whatever it is. Connectors are stateless adapters: they take
 * the account's credentials and the text as arguments (the posts feature fetches credentials from
 * the vault) and keep nothing but short-lived sign-in sessions in memory.
 *
 * <p>Every method either returns or throws {@link ConnectorException}, which says whether a retry
 * can help and gives the platform's reason in plain words. Nothing here logs a secret.
 */
public interface Connector {

  /** The platform code, as {@code accounts/Platform} spells it: {@code bluesky}, {@code x}, … */
  String platform();

  /** What the platform lets Steward do, so callers ask before they try. */
  Capabilities capabilities();

  /**
   * Publishes a post. Idempotent: calling again with the same {@link PublishRequest#idempotencyKey()}
   * after a timeout or a crash returns the post made the first time, never a second post.
   */
  PublishResult publish(AccountCredentials account, PublishRequest request);

  /** Deletes one of the account's own posts; a post already gone is not an error. */
  DeleteOutcome delete(AccountCredentials account, String platformId);

  /** The account's own posts, newest first, one page at a time. */
  Page<RemotePost> listOwnPosts(AccountCredentials account, ListRequest request);

  /** Replies to the account's posts and mentions of the account, made by other accounts. */
  Page<RemotePost> listReplies(AccountCredentials account, ListRequest request);

  /**
   * Replies under one of the account's posts, by other accounts, oldest first: the thread the
   * moderation inbox shows beside the post.
   */
  java.util.List<RemotePost> repliesTo(AccountCredentials account, String postPlatformId);

  /** Hides another account's reply under one of the account's posts, where the platform allows it. */
  void hideReply(AccountCredentials account, String replyPlatformId);

  /**
   * Records a post that the manager made natively on a platform Steward cannot post to, from the
   * URL they pasted. Only manual connectors support it.
   */
  default RemotePost recordNativePost(String pastedUrl, String text, Instant postedAt) {
    throw ConnectorException.unsupported(platform(), "recording a pasted URL");
  }
}
