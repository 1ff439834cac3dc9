package org.steward.app.connectors.bluesky;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.Retrier;
import tools.jackson.databind.JsonNode;

/**
 * Replies and mentions found without an app view: read the newest posts of every repository the
 * PDS hosts ({@code com.atproto.sync.listRepos}) and of any configured repositories, and keep
 * those that answer or mention the account. Public calls only: repositories are public data.
 *
 * <p>The limit, written down in docs/decisions/0050-bluesky-replies-without-app-view.md: it sees only authors whose repositories
 * this PDS hosts (or that are configured), reads at most {@code scanMaxRepos} repositories and
 * {@code scanMaxRecordsPerRepo} posts in each, and costs a call per repository. Fine for a
 * college's own PDS and for the tests; on the open network, use the app view.
 *
 * <p>The cursor is an offset into the scan's result, which is ordered newest first and re-read
 * for each page, so pages stay consistent while nothing new arrives.
 */
final class RepositoryScanReplies implements ReplySource {
  private final XrpcClient xrpc;
  private final Retrier retrier;
  private final ConnectorProperties.Bluesky settings;

  RepositoryScanReplies(XrpcClient xrpc, Retrier retrier, ConnectorProperties.Bluesky settings) {
    this.xrpc = xrpc;
    this.retrier = retrier;
    this.settings = settings;
  }

  @Override
  public Page<RemotePost> replies(AccountCredentials account, BlueskySession session, ListRequest request) {
    List<RemotePost> found = all(account, session, request);
    int from = offset(request.cursor());
    int to = Math.min(found.size(), from + request.limit());
    List<RemotePost> page = from >= found.size() ? List.of() : found.subList(from, to);
    return new Page<>(page, to < found.size() ? "scan:" + to : null);
  }

  /** Replies by others in the thread under {@code postUri}, oldest first. */
  List<RemotePost> thread(AccountCredentials account, BlueskySession session, String postUri) {
    List<RemotePost> found = new ArrayList<>(all(account, session, ListRequest.first(1)).stream()
        .filter(p -> postUri.equals(p.threadRoot()) || postUri.equals(p.replyTo())).toList());
    java.util.Collections.reverse(found);
    return found;
  }

  private List<RemotePost> all(AccountCredentials account, BlueskySession session, ListRequest request) {
    List<RemotePost> found = new ArrayList<>();
    for (String repo : repositories(account.base(), session.did())) {
      found.addAll(scan(account.base(), repo, session.did(), request));
    }
    found.sort(Comparator.comparing((RemotePost p) -> p.createdAt() == null ? Instant.EPOCH : p.createdAt())
        .reversed().thenComparing(RemotePost::platformId));
    return found;
  }

  private Set<String> repositories(String base, String ownDid) {
    Set<String> repos = new LinkedHashSet<>();
    String cursor = null;
    do {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("limit", Math.min(1000, settings.scanMaxRepos() + 1));
      params.put("cursor", cursor);
      JsonNode body = retrier.run(() -> xrpc.query(base, "com.atproto.sync.listRepos", params, null))
          .orThrow("listing the accounts on the server");
      for (JsonNode r : body.path("repos")) {
        if (r.path("active").asBoolean(true)) {
          repos.add(Json.text(r, "did"));
        }
      }
      cursor = Json.text(body, "cursor");
      if (body.path("repos").isEmpty()) {
        cursor = null;
      }
    } while (cursor != null && repos.size() < settings.scanMaxRepos());
    repos.addAll(settings.scanRepos());
    repos.remove(ownDid);
    repos.remove(null);
    return repos.stream().limit(settings.scanMaxRepos()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  private List<RemotePost> scan(String base, String repo, String ownDid, ListRequest request) {
    List<RemotePost> out = new ArrayList<>();
    Map<String, String> handles = new HashMap<>();
    String cursor = null;
    int read = 0;
    while (read < settings.scanMaxRecordsPerRepo()) {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("repo", repo);
      params.put("collection", AtUri.POST);
      params.put("limit", Math.min(100, settings.scanMaxRecordsPerRepo() - read));
      params.put("cursor", cursor);
      XrpcResponse r = retrier.run(() -> xrpc.query(base, "com.atproto.repo.listRecords", params, null));
      if (r.isError("RepoNotFound") || r.isError("RepoDeactivated") || r.isError("RepoTakendown")) {
        return out; // a configured repository that moved or closed: nothing to read there
      }
      JsonNode body = r.orThrow("reading posts of another account");
      JsonNode records = body.path("records");
      for (JsonNode rec : records) {
        read++;
        JsonNode value = rec.path("value");
        Instant created = PostRecords.parseTime(Json.text(value, "createdAt"));
        if (request.since() != null && created != null && created.isBefore(request.since())) {
          return out; // records come newest first: the rest are older still
        }
        if (ReplySource.concerns(value, repo, ownDid)) {
          String handle = handles.computeIfAbsent(repo, d -> handleOf(base, d));
          out.add(PostRecords.toRemotePost(Json.text(rec, "uri"), value, handle, base));
        }
      }
      cursor = Json.text(body, "cursor");
      if (cursor == null || records.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private String handleOf(String base, String did) {
    XrpcResponse r = retrier.run(() -> xrpc.query(base, "com.atproto.repo.describeRepo", Map.of("repo", did), null));
    return r.ok() ? Json.text(r.body(), "handle", did) : did;
  }

  private static int offset(String cursor) {
    if (cursor == null || !cursor.matches("scan:\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(cursor.substring(5));
  }
}
