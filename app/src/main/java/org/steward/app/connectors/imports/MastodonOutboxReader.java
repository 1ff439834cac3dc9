package org.steward.app.connectors.imports;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.steward.app.connectors.RemoteMedia;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.mastodon.MastodonText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * {@code outbox.json} from a Mastodon account export: an ActivityStreams {@code OrderedCollection}
 * whose {@code orderedItems} are activities. Each {@code Create} of a {@code Note} is one of the
 * account's posts; boosts ({@code Announce}) are other people's posts and are skipped. Items are
 * streamed one at a time. Media files sit beside the outbox in the export, so they carry no hash.
 */
final class MastodonOutboxReader {
  static final String FORMAT = "Mastodon outbox.json";
  private final long maxBytes;
  private final int maxPosts;

  MastodonOutboxReader(long maxBytes, int maxPosts) {
    this.maxBytes = maxBytes;
    this.maxPosts = maxPosts;
  }

  List<RemotePost> read(InputStream raw) {
    InputStream in = JsonArchive.open(raw, maxBytes, FORMAT);
    List<RemotePost> posts = new ArrayList<>();
    String type = null;
    boolean sawItems = false;
    try (JsonParser p = JsonArchive.parser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ArchiveImportException(FORMAT, JsonArchive.where(p.currentTokenLocation(), 0, 0),
            "the file should be one JSON object (an ActivityStreams OrderedCollection)");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("type") && value == JsonToken.VALUE_STRING) {
          type = p.getString();
        } else if (field.equals("orderedItems") && value == JsonToken.START_ARRAY) {
          sawItems = true;
          int entry = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            entry++;
            String where = "item " + entry + " at " + JsonArchive.where(p.currentTokenLocation(), 0, 0);
            JsonNode activity = p.readValueAsTree();
            RemotePost post = toPost(activity, where);
            if (post != null) {
              if (posts.size() >= maxPosts) {
                throw new ArchiveImportException(FORMAT, where, "the outbox holds more than " + maxPosts
                    + " posts, more than Steward imports at once");
              }
              posts.add(post);
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new ArchiveImportException(FORMAT, JsonArchive.where(e.getLocation(), 0, 0), JsonArchive.reason(e), e);
    }
    if (!"OrderedCollection".equals(type) || !sawItems) {
      throw new ArchiveImportException(FORMAT, null, "this is not a Mastodon outbox: it should be an"
          + " OrderedCollection with orderedItems (outbox.json from Preferences → Import and export)");
    }
    return posts;
  }

  private static RemotePost toPost(JsonNode activity, String where) {
    if (!"Create".equals(Json.text(activity, "type"))) {
      return null;
    }
    JsonNode note = activity.path("object");
    if (!note.isObject() || !"Note".equals(Json.text(note, "type"))) {
      return null;
    }
    String id = Json.text(note, "id");
    if (id == null) {
      throw new ArchiveImportException(FORMAT, where, "this post has no id");
    }
    List<RemoteMedia> media = new ArrayList<>();
    for (JsonNode a : note.path("attachment")) {
      String url = Json.text(a, "url");
      URI uri = url != null && url.startsWith("http") ? URI.create(url) : null; // relative: a file in the export
      media.add(new RemoteMedia(Json.text(a, "mediaType", ""), Json.text(a, "name", ""), null, uri));
    }
    String url = Json.text(note, "url", id);
    return new RemotePost("mastodon", statusId(id), safeUri(url), MastodonText.plain(Json.text(note, "content", "")),
        time(Json.text(note, "published", Json.text(activity, "published")), where),
        handle(Json.text(note, "attributedTo", Json.text(activity, "actor"))),
        Json.text(note, "inReplyTo") == null ? null : statusId(Json.text(note, "inReplyTo")), null, media);
  }

  /** {@code https://host/users/name/statuses/123} → {@code 123}, the id the API uses; other URIs as they are. */
  private static String statusId(String uri) {
    int i = uri.lastIndexOf("/statuses/");
    String tail = i < 0 ? "" : uri.substring(i + 10);
    return tail.matches("\\d{1,20}") ? tail : uri;
  }

  /** {@code https://host/users/name} → {@code name@host}. */
  private static String handle(String actor) {
    if (actor == null) {
      return "";
    }
    try {
      URI u = URI.create(actor);
      String path = u.getPath() == null ? "" : u.getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      return u.getHost() == null || name.isEmpty() ? actor : name + "@" + u.getHost();
    } catch (IllegalArgumentException e) {
      return actor;
    }
  }

  private static Instant time(String text, String where) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ArchiveImportException(FORMAT, where, "its date '" + text + "' is not an ISO 8601 date");
    }
  }

  private static URI safeUri(String s) {
    try {
      return URI.create(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
