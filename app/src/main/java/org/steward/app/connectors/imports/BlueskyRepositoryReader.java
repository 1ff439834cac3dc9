package org.steward.app.connectors.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.bluesky.PostRecords;
import org.steward.app.connectors.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * A Bluesky repository export ({@code com.atproto.sync.getRepo}, a CAR file). The root block is
 * the signed commit; its {@code data} is the root of the repository's Merkle Search Tree, whose
 * entries map {@code collection/rkey} to record CIDs. Every {@code app.bsky.feed.post} record is
 * decoded (DAG-CBOR) into the same JSON shape the PDS serves, and read as the connector reads it.
 */
final class BlueskyRepositoryReader {
  static final String FORMAT = CarFile.FORMAT;
  private static final String POSTS = "app.bsky.feed.post/";

  private final long maxBytes;
  private final int maxPosts;

  BlueskyRepositoryReader(long maxBytes, int maxPosts) {
    this.maxBytes = maxBytes;
    this.maxPosts = maxPosts;
  }

  /** @param handle the account's handle for the posts' author, or null to name them by DID */
  List<RemotePost> read(InputStream in, String handle) {
    CarFile car = CarFile.read(in, maxBytes);
    String rootCid = link(car.header.path("roots").path(0));
    JsonNode commit = DagCbor.decode(block(car, rootCid, "the commit"), "the commit");
    String did = Json.text(commit, "did");
    if (did == null || !did.startsWith("did:") || link(commit.path("data")) == null) {
      throw new ArchiveImportException(FORMAT, "the commit", "the root is not a repository commit (no did or data)");
    }
    List<RemotePost> posts = new ArrayList<>();
    walk(car, link(commit.path("data")), new HashSet<>(), (key, recordCid) -> {
      if (!key.startsWith(POSTS)) {
        return;
      }
      if (posts.size() >= maxPosts) {
        throw new ArchiveImportException(FORMAT, "record " + key, "the repository holds more than " + maxPosts
            + " posts, more than Steward imports at once");
      }
      JsonNode record = DagCbor.decode(block(car, recordCid, "record " + key), "record " + key);
      String uri = "at://" + did + "/" + key;
      posts.add(PostRecords.toRemotePost(uri, record, handle == null || handle.isBlank() ? did : handle, null));
    });
    return posts;
  }

  private interface Visitor {
    void entry(String key, String cid);
  }

  /** In-order walk of a Merkle Search Tree node: left subtree, then each entry and its right subtree. */
  private void walk(CarFile car, String nodeCid, Set<String> seen, Visitor visitor) {
    if (nodeCid == null) {
      return;
    }
    if (!seen.add(nodeCid)) {
      throw new ArchiveImportException(FORMAT, "tree node " + nodeCid, "the repository's tree loops back on itself");
    }
    JsonNode node = DagCbor.decode(block(car, nodeCid, "tree node " + nodeCid), "tree node " + nodeCid);
    walk(car, link(node.path("l")), seen, visitor);
    byte[] previous = new byte[0];
    for (JsonNode e : node.path("e")) {
      int prefix = e.path("p").asInt(-1);
      byte[] suffix = e.path("k").isBinary() ? e.path("k").binaryValue() : null;
      String value = link(e.path("v"));
      if (prefix < 0 || prefix > previous.length || suffix == null || value == null) {
        throw new ArchiveImportException(FORMAT, "tree node " + nodeCid, "a tree entry is malformed");
      }
      byte[] key = new byte[prefix + suffix.length];
      System.arraycopy(previous, 0, key, 0, prefix);
      System.arraycopy(suffix, 0, key, prefix, suffix.length);
      previous = key;
      visitor.entry(new String(key, java.nio.charset.StandardCharsets.UTF_8), value);
      walk(car, link(e.path("t")), seen, visitor);
    }
  }

  private static byte[] block(CarFile car, String cid, String what) {
    byte[] data = car.blocks.get(cid);
    if (data == null) {
      throw new ArchiveImportException(FORMAT, what, "the export is incomplete: block " + cid
          + " is missing. Export the whole repository again.");
    }
    return data;
  }

  private static String link(JsonNode node) {
    return Json.text(node, "$link");
  }
}
