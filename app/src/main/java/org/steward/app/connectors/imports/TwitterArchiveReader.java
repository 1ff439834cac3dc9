package org.steward.app.connectors.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.steward.app.connectors.RemoteMedia;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * {@code data/tweets.js} from an X (Twitter) archive: JavaScript that assigns a JSON array,
 * {@code window.YTD.tweets.part0 = [ {"tweet": {…}}, … ]}. The wrapper is checked and skipped, then
 * the array is streamed one tweet at a time. Text has X's {@code t.co} links put back to the
 * addresses they stand for (the policy checks what readers saw) and media links taken out.
 *
 * <p>The archive's media files live beside {@code tweets.js} in {@code tweets_media/}, so the
 * media found here carry no hash.
 */
final class TwitterArchiveReader {
  static final String FORMAT = "X archive tweets.js";
  private static final Pattern WRAPPER = Pattern.compile("\\s*window\\.YTD\\.tweets?\\.part\\d+\\s*=\\s*");
  private static final int MAX_WRAPPER = 64;
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

  private final long maxBytes;
  private final int maxPosts;

  TwitterArchiveReader(long maxBytes, int maxPosts) {
    this.maxBytes = maxBytes;
    this.maxPosts = maxPosts;
  }

  List<RemotePost> read(InputStream raw, String accountHandle) {
    InputStream in = JsonArchive.open(raw, maxBytes, FORMAT);
    int wrapperLength = skipWrapper(in);
    List<RemotePost> posts = new ArrayList<>();
    try (JsonParser p = JsonArchive.parser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new ArchiveImportException(FORMAT, JsonArchive.where(p.currentTokenLocation(), wrapperLength, wrapperLength),
            "after 'window.YTD.tweets.part0 =' the file should hold a list of tweets ([ … ])");
      }
      int entry = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        entry++;
        String where = "tweet " + entry + " at " + JsonArchive.where(p.currentTokenLocation(), wrapperLength, wrapperLength);
        JsonNode item = p.readValueAsTree();
        if (posts.size() >= maxPosts) {
          throw new ArchiveImportException(FORMAT, where, "the archive holds more than " + maxPosts
              + " tweets, more than Steward imports at once");
        }
        posts.add(toPost(item.has("tweet") ? item.path("tweet") : item, accountHandle, where));
      }
    } catch (JacksonException e) {
      throw new ArchiveImportException(FORMAT, JsonArchive.where(e.getLocation(), wrapperLength, wrapperLength),
          JsonArchive.reason(e), e);
    }
    return posts;
  }

  /** Reads {@code window.YTD.tweets.part0 = } byte by byte; returns its length. */
  private static int skipWrapper(InputStream in) {
    StringBuilder head = new StringBuilder();
    try {
      while (head.length() < MAX_WRAPPER) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        if (b == '[') {
          throw new ArchiveImportException(FORMAT, "line 1, column " + (head.length() + 1) + " (byte " + head.length() + ")",
              "the file does not start with 'window.YTD.tweets.part0 =': upload data/tweets.js from the X archive as it is");
        }
        head.append((char) b);
        if (b == '=') {
          // Take the spaces after '=' too: Jackson starts at the array.
          break;
        }
      }
    } catch (IOException e) {
      throw new ArchiveImportException(FORMAT, null, "the file could not be read: " + e.getMessage(), e);
    }
    if (!WRAPPER.matcher(head).matches()) {
      throw new ArchiveImportException(FORMAT, "line 1, column 1 (byte 0)",
          "the file does not start with 'window.YTD.tweets.part0 =': upload data/tweets.js from the X archive as it is");
    }
    return head.toString().getBytes(StandardCharsets.ISO_8859_1).length;
  }

  private static RemotePost toPost(JsonNode tweet, String handle, String where) {
    String id = Json.text(tweet, "id_str", Json.text(tweet, "id"));
    if (id == null || !id.matches("\\d{1,20}")) {
      throw new ArchiveImportException(FORMAT, where, "this tweet has no id_str");
    }
    String text = Json.text(tweet, "full_text", Json.text(tweet, "text"));
    if (text == null) {
      throw new ArchiveImportException(FORMAT, where, "this tweet has no full_text");
    }
    for (JsonNode url : tweet.path("entities").path("urls")) {
      String shortUrl = Json.text(url, "url");
      String expanded = Json.text(url, "expanded_url");
      if (shortUrl != null && expanded != null) {
        text = text.replace(shortUrl, expanded);
      }
    }
    List<RemoteMedia> media = new ArrayList<>();
    JsonNode mediaList = tweet.path("extended_entities").path("media");
    if (mediaList.isMissingNode()) {
      mediaList = tweet.path("entities").path("media");
    }
    for (JsonNode m : mediaList) {
      String shortUrl = Json.text(m, "url");
      if (shortUrl != null) {
        text = text.replace(shortUrl, "");
      }
      String type = Json.text(m, "type", "photo");
      String file = Json.text(m, "media_url_https", Json.text(m, "media_url"));
      media.add(new RemoteMedia(type.equals("photo") ? "image/*" : "video/*", Json.text(m, "ext_alt_text", ""),
          null, file == null ? null : safeUri(file)));
    }
    text = text.strip().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    Instant created = null;
    String createdAt = Json.text(tweet, "created_at");
    if (createdAt != null) {
      try {
        created = ZonedDateTime.parse(createdAt, CREATED).toInstant();
      } catch (DateTimeParseException e) {
        throw new ArchiveImportException(FORMAT, where, "its created_at '" + createdAt + "' is not a date X writes");
      }
    }
    String replyTo = Json.text(tweet, "in_reply_to_status_id_str");
    String account = handle == null || handle.isBlank() ? "i" : handle.replaceFirst("^@", "");
    return new RemotePost("x", id, URI.create("https://x.com/" + account + "/status/" + id), text, created,
        handle == null ? "" : handle.replaceFirst("^@", ""), replyTo, null, media);
  }

  private static URI safeUri(String s) {
    try {
      return URI.create(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
