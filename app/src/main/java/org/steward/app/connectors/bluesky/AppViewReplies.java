package org.steward.app.connectors.bluesky;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.Retrier;
import tools.jackson.databind.JsonNode;

/**
 * Replies and mentions as Bluesky's app view knows them: {@code app.bsky.notification.listNotifications}
 * through the account's PDS, which forwards it to its app view. This sees every reply on the
 * network, wherever its author's repository lives. A PDS without an app view answers "No service
 * configured"; {@link BlueskyConnector} then falls back to {@link RepositoryScanReplies}.
 */
final class AppViewReplies implements ReplySource {
  private static final Set<String> REASONS = Set.of("reply", "mention", "quote");
  private final XrpcClient xrpc;
  private final BlueskySessions sessions;
  private final Retrier retrier;

  AppViewReplies(XrpcClient xrpc, BlueskySessions sessions, Retrier retrier) {
    this.xrpc = xrpc;
    this.sessions = sessions;
    this.retrier = retrier;
  }

  /** The first page, or the PDS's "no app view" answer so the caller can fall back. */
  XrpcResponse firstPage(AccountCredentials account, ListRequest request) {
    return fetch(account, request);
  }

  @Override
  public Page<RemotePost> replies(AccountCredentials account, BlueskySession session, ListRequest request) {
    return toPage(account, request, fetch(account, request).orThrow("reading notifications"));
  }

  Page<RemotePost> toPage(AccountCredentials account, ListRequest request, JsonNode body) {
    List<RemotePost> out = new ArrayList<>();
    boolean passedSince = false;
    for (JsonNode n : body.path("notifications")) {
      Instant indexed = PostRecords.parseTime(Json.text(n, "indexedAt"));
      if (request.since() != null && indexed != null && indexed.isBefore(request.since())) {
        passedSince = true;
        break;
      }
      if (!REASONS.contains(Json.text(n, "reason", "")) || Json.text(n, "uri") == null) {
        continue;
      }
      JsonNode author = n.path("author");
      out.add(PostRecords.toRemotePost(Json.text(n, "uri"), n.path("record"),
          Json.text(author, "handle", Json.text(author, "did", "")), account.base()));
    }
    return new Page<>(out, passedSince ? null : Json.text(body, "cursor"));
  }

  /** {@code app.bsky.feed.getPostThread}: the app view's whole thread under a post. */
  XrpcResponse thread(AccountCredentials account, String postUri) {
    return retrier.run(() -> sessions.call(account, s -> xrpc.query(account.base(), "app.bsky.feed.getPostThread",
        Map.of("uri", postUri, "depth", 100, "parentHeight", 0), s.accessJwt())));
  }

  /** Replies by others in a thread view, oldest first, nested replies included. */
  List<RemotePost> threadReplies(AccountCredentials account, String ownDid, JsonNode body) {
    List<RemotePost> out = new ArrayList<>();
    collect(account, ownDid, body.path("thread").path("replies"), out);
    out.sort(java.util.Comparator.comparing((RemotePost p) -> p.createdAt() == null ? Instant.EPOCH : p.createdAt()));
    return out;
  }

  private void collect(AccountCredentials account, String ownDid, JsonNode replies, List<RemotePost> out) {
    for (JsonNode view : replies) {
      JsonNode post = view.path("post");
      if (Json.text(post, "uri") == null) {
        continue; // a blocked or deleted reply has no post
      }
      JsonNode author = post.path("author");
      if (!ownDid.equals(Json.text(author, "did"))) {
        out.add(PostRecords.toRemotePost(Json.text(post, "uri"), post.path("record"),
            Json.text(author, "handle", Json.text(author, "did", "")), account.base()));
      }
      collect(account, ownDid, view.path("replies"), out);
    }
  }

  private XrpcResponse fetch(AccountCredentials account, ListRequest request) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("limit", request.limit());
    params.put("cursor", request.cursor());
    params.put("reasons", List.of("reply", "mention", "quote"));
    return retrier.run(() -> sessions.call(account, s -> xrpc.query(account.base(),
        "app.bsky.notification.listNotifications", params, s.accessJwt())));
  }
}
