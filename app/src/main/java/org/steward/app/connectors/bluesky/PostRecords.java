package org.steward.app.connectors.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.steward.app.connectors.RemoteMedia;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@code app.bsky.feed.post} record (as JSON from the PDS, or decoded from a repository
 * export) into a {@link RemotePost}. Images come from an {@code app.bsky.embed.images} embed, or
 * the media half of {@code recordWithMedia}; each image's hash is the SHA-256 its blob CID names.
 */
public final class PostRecords {
  private PostRecords() {}

  /**
   * @param uri the record's at:// URI
   * @param value the record itself
   * @param authorHandle the author's handle, or their DID when the handle is unknown
   * @param blobBase the PDS whose {@code getBlob} serves the images, or {@code null}
   */
  public static RemotePost toRemotePost(String uri, JsonNode value, String authorHandle, String blobBase) {
    AtUri at = AtUri.parse(uri);
    JsonNode reply = value.path("reply");
    String parent = Json.text(reply.path("parent"), "uri");
    String root = Json.text(reply.path("root"), "uri");
    return new RemotePost(XrpcResponse.PLATFORM, uri, webUrl(at), Json.text(value, "text", ""),
        parseTime(Json.text(value, "createdAt")), authorHandle, parent, root,
        media(value.path("embed"), at.repo(), blobBase));
  }

  /** The post on bsky.app, by DID so the link survives a change of handle. */
  static URI webUrl(AtUri at) {
    return URI.create("https://bsky.app/profile/" + at.repo() + "/post/" + at.rkey());
  }

  static Instant parseTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        return null; // a record from another client with a malformed date: keep the post, drop the date
      }
    }
  }

  private static List<RemoteMedia> media(JsonNode embed, String did, String blobBase) {
    String type = Json.text(embed, "$type", "");
    JsonNode images = switch (type) {
      case "app.bsky.embed.images" -> embed.path("images");
      case "app.bsky.embed.recordWithMedia" -> embed.path("media").path("images");
      default -> null;
    };
    List<RemoteMedia> out = new ArrayList<>();
    if (images == null || !images.isArray()) {
      return out;
    }
    for (JsonNode image : images) {
      JsonNode blob = image.path("image");
      String cid = blobCid(blob);
      URI url = cid == null || blobBase == null ? null : URI.create(blobBase
          + "/xrpc/com.atproto.sync.getBlob?did=" + URLEncoder.encode(did, StandardCharsets.UTF_8)
          + "&cid=" + cid);
      out.add(new RemoteMedia(Json.text(blob, "mimeType", ""), Json.text(image, "alt", ""),
          cid == null ? null : Cid.sha256OfRaw(cid).orElse(null), url));
    }
    return out;
  }

  /** A blob's CID: {@code ref.$link} in JSON, or {@code ref} already as text from a CAR file. */
  static String blobCid(JsonNode blob) {
    JsonNode ref = blob.path("ref");
    if (ref.isString()) {
      return ref.stringValue();
    }
    String link = Json.text(ref, "$link");
    return link != null ? link : Json.text(blob, "cid"); // "cid": the legacy blob form
  }
}
