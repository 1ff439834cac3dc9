package org.steward.app.connectors.bluesky;

import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.RemotePost;

/** Where replies to the account's posts and mentions of it are read from. */
interface ReplySource {
  Page<RemotePost> replies(AccountCredentials account, BlueskySession session, ListRequest request);

  /** True when it is a reply to, or a mention of, {@code did} by someone else. */
  static boolean concerns(tools.jackson.databind.JsonNode post, String authorDid, String did) {
    if (did.equals(authorDid)) {
      return false;
    }
    for (String ref : new String[] {"parent", "root"}) {
      String uri = org.steward.app.connectors.http.Json.text(post.path("reply").path(ref), "uri");
      if (uri != null && uri.startsWith("at://" + did + "/")) {
        return true;
      }
    }
    for (var facet : post.path("facets")) {
      for (var feature : facet.path("features")) {
        if ("app.bsky.richtext.facet#mention".equals(org.steward.app.connectors.http.Json.text(feature, "$type"))
            && did.equals(org.steward.app.connectors.http.Json.text(feature, "did"))) {
          return true;
        }
      }
    }
    return false;
  }
}
