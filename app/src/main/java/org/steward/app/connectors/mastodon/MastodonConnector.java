package org.steward.app.connectors.mastodon;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.Capabilities.Feature;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.DeleteOutcome;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.connectors.PublishChecks;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemoteMedia;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.PlatformHttp;
import org.steward.app.connectors.http.Retrier;
import tools.jackson.databind.JsonNode;

/**
 * Mastodon through its REST API with the account's access token (scopes {@code read write}).
 *
 * <p><b>Idempotent publishing.</b> {@code POST /api/v1/statuses} carries the caller's idempotency
 * key as {@code Idempotency-Key}; Mastodon keeps keys for an hour and answers a repeat with the
 * status it made the first time. Retries after a timeout therefore reuse the key and never post
 * twice; a caller retrying after more than an hour should first look at the account's posts.
 */
@org.springframework.stereotype.Component
public final class MastodonConnector implements Connector {
  /** Mastodon's default; an instance may set another, and its 422 then says so. */
  static final int MAX_CHARACTERS = 500;
  static final int MAX_IMAGES = 4;
  static final long MAX_IMAGE_BYTES = 16L * 1024 * 1024;
  static final int MAX_DESCRIPTION = 1500;

  private static final Capabilities CAPABILITIES = new Capabilities(PlatformNames.MASTODON,
      Capabilities.Mode.API,
      EnumSet.of(Feature.PUBLISH, Feature.IMAGES, Feature.ALT_TEXT, Feature.REPLY_TO, Feature.DELETE,
          Feature.LIST_OWN_POSTS, Feature.READ_REPLIES, Feature.READ_MENTIONS, Feature.IDEMPOTENT_PUBLISH),
      MAX_CHARACTERS, Capabilities.TextUnit.GRAPHEMES, MAX_IMAGES, MAX_IMAGE_BYTES, MAX_DESCRIPTION);

  /** Who the token belongs to: its account id and handle, asked once per token. */
  private record Self(String id, String handle) {}

  private final MastodonApi api;
  private final Retrier retrier;
  private final Duration processingTimeout;
  private final Map<String, Self> selves = new ConcurrentHashMap<>();

  @org.springframework.beans.factory.annotation.Autowired
  public MastodonConnector(ConnectorProperties properties) {
    this(properties, new Retrier(properties));
  }

  MastodonConnector(ConnectorProperties properties, Retrier retrier) {
    this.api = new MastodonApi(new PlatformHttp(PlatformNames.MASTODON, properties));
    this.retrier = retrier;
    this.processingTimeout = properties.mediaProcessingTimeout();
  }

  @Override
  public String platform() {
    return PlatformNames.MASTODON;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public PublishResult publish(AccountCredentials account, PublishRequest request) {
    checkBeforeSending(request);
    List<String> mediaIds = new ArrayList<>();
    for (MediaUpload image : request.images()) {
      mediaIds.add(upload(account, image));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("status", request.text());
    if (!mediaIds.isEmpty()) {
      form.put("media_ids", mediaIds);
    }
    form.put("in_reply_to_id", request.replyTo());
    // The same key on every attempt: Mastodon answers a repeat with the status it already made.
    JsonNode status = retrier.run(() -> api.postForm(account, "/api/v1/statuses", form, request.idempotencyKey())
        .orThrow("publishing the post"));
    return PublishResult.published(toRemotePost(account, status, true));
  }

  private static void checkBeforeSending(PublishRequest request) {
    int length = MastodonText.length(request.text());
    if (length > MAX_CHARACTERS) {
      throw new ConnectorException(PlatformNames.MASTODON, Reason.TOO_LONG, "The post is " + length
          + " characters long as Mastodon counts them (each link counts as 23) and Mastodon allows "
          + MAX_CHARACTERS + ": shorten it by " + (length - MAX_CHARACTERS) + ".");
    }
    PublishChecks.check(CAPABILITIES, request);
  }

  /**
   * Uploads one image with its description. Mastodon answers 200 when it processed the image at
   * once and 202 when it is still processing; then {@code GET /api/v1/media/:id} answers 206 until
   * it is ready, and a status cannot use it before.
   */
  private String upload(AccountCredentials account, MediaUpload image) {
    MastodonResponse uploaded = retrier.run(() -> {
      MastodonResponse r = api.uploadMedia(account, image.bytes(), image.mimeType(), image.altText());
      if (!r.ok()) {
        throw r.failure("uploading an image");
      }
      return r;
    });
    String id = Json.text(uploaded.json(), "id");
    if (uploaded.status() == 202) {
      waitUntilProcessed(account, id);
    }
    return id;
  }

  private void waitUntilProcessed(AccountCredentials account, String id) {
    Instant deadline = Instant.now().plus(processingTimeout);
    Duration pause = Duration.ofMillis(200);
    while (true) {
      MastodonResponse r = retrier.run(() -> {
        MastodonResponse got = api.get(account, "/api/v1/media/" + id);
        if (!got.ok()) {
          throw got.failure("waiting for an image to be processed");
        }
        return got;
      });
      if (r.status() == 200) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ConnectorException(PlatformNames.MASTODON, Reason.TIMEOUT, "Mastodon was still"
            + " processing an image after " + processingTimeout.toSeconds() + " seconds. Steward will try again.");
      }
      sleep(pause);
      pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause.multipliedBy(2);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(PlatformNames.MASTODON, Reason.UNAVAILABLE, "Steward stopped waiting for Mastodon.");
    }
  }

  @Override
  public DeleteOutcome delete(AccountCredentials account, String platformId) {
    String id = statusId(platformId);
    return retrier.run(() -> {
      MastodonResponse r = api.delete(account, "/api/v1/statuses/" + id);
      if (r.ok()) {
        return DeleteOutcome.DELETED;
      }
      if (r.status() != 404) {
        throw r.failure("deleting the post");
      }
      // 404 means "not yours or not there": tell the two apart before calling it gone.
      MastodonResponse still = api.get(account, "/api/v1/statuses/" + id);
      if (still.ok() && !self(account).id().equals(Json.text(still.json().path("account"), "id"))) {
        throw new ConnectorException(PlatformNames.MASTODON, Reason.FORBIDDEN,
            "This post belongs to another account: Steward deletes only the account's own posts.");
      }
      if (still.ok()) {
        throw r.failure("deleting the post");
      }
      return DeleteOutcome.ALREADY_GONE;
    });
  }

  @Override
  public Page<RemotePost> listOwnPosts(AccountCredentials account, ListRequest request) {
    Self self = self(account);
    StringBuilder path = new StringBuilder("/api/v1/accounts/").append(self.id())
        .append("/statuses?exclude_reblogs=true&limit=").append(Math.min(40, request.limit()));
    if (request.cursor() != null) {
      path.append("&max_id=").append(statusId(request.cursor()));
    }
    MastodonResponse r = retrier.run(() -> checked(api.get(account, path.toString()), "listing the account's posts"));
    return page(account, r, request, true);
  }

  /** Mentions of the account: Mastodon notifies replies as mentions too, so this covers both. */
  @Override
  public Page<RemotePost> listReplies(AccountCredentials account, ListRequest request) {
    StringBuilder path = new StringBuilder("/api/v1/notifications?types[]=mention&limit=")
        .append(Math.min(80, request.limit()));
    if (request.cursor() != null) {
      path.append("&max_id=").append(statusId(request.cursor()));
    }
    MastodonResponse r = retrier.run(() -> checked(api.get(account, path.toString()), "reading mentions"));
    List<RemotePost> out = new ArrayList<>();
    JsonNode notifications = r.json();
    String last = null;
    for (JsonNode n : notifications) {
      last = Json.text(n, "id");
      Instant at = time(Json.text(n, "created_at"));
      if (!request.includes(at)) {
        return Page.last(out);
      }
      if ("mention".equals(Json.text(n, "type")) && n.path("status").isObject()) {
        out.add(toRemotePost(account, n.path("status"), false));
      }
    }
    String next = r.nextMaxId().orElse(notifications.isEmpty() ? null : last);
    return new Page<>(out, notifications.size() < Math.min(80, request.limit()) ? null : next);
  }

  @Override
  public List<RemotePost> repliesTo(AccountCredentials account, String postPlatformId) {
    String id = statusId(postPlatformId);
    JsonNode context = retrier.run(() -> checked(api.get(account, "/api/v1/statuses/" + id + "/context"),
        "reading the replies")).json();
    String own = self(account).id();
    List<RemotePost> out = new ArrayList<>();
    for (JsonNode status : context.path("descendants")) {
      if (!own.equals(Json.text(status.path("account"), "id"))) {
        out.add(toRemotePost(account, status, false));
      }
    }
    return out;
  }

  @Override
  public void hideReply(AccountCredentials account, String replyPlatformId) {
    throw ConnectorException.unsupported(platform(), "Mastodon has no way to hide another account's"
        + " reply; block or report the account in Mastodon instead");
  }

  private Page<RemotePost> page(AccountCredentials account, MastodonResponse r, ListRequest request, boolean hashMedia) {
    List<RemotePost> out = new ArrayList<>();
    JsonNode statuses = r.json();
    for (JsonNode status : statuses) {
      RemotePost post = toRemotePost(account, status, hashMedia);
      if (!request.includes(post.createdAt())) {
        return Page.last(out);
      }
      out.add(post);
    }
    String next = r.nextMaxId().orElse(null);
    return new Page<>(out, statuses.isEmpty() ? null : next);
  }

  private static MastodonResponse checked(MastodonResponse r, String doing) {
    if (!r.ok()) {
      throw r.failure(doing);
    }
    return r;
  }

  private Self self(AccountCredentials account) {
    String key = account.base() + "\n" + MediaHash.sha256(account.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return selves.computeIfAbsent(key, k -> {
      JsonNode me = retrier.run(() -> checked(api.get(account, "/api/v1/accounts/verify_credentials"),
          "checking the account")).json();
      return new Self(Json.text(me, "id"), handle(account, me));
    });
  }

  /** {@code acct} is {@code name} for the instance's own accounts and {@code name@domain} for others. */
  private static String handle(AccountCredentials account, JsonNode accountJson) {
    String acct = Json.text(accountJson, "acct", "");
    return acct.contains("@") ? acct : acct + "@" + account.server().getHost();
  }

  private RemotePost toRemotePost(AccountCredentials account, JsonNode status, boolean hashMedia) {
    List<RemoteMedia> media = new ArrayList<>();
    for (JsonNode m : status.path("media_attachments")) {
      String url = Json.text(m, "url");
      URI uri = url == null ? null : URI.create(url);
      String mime = switch (Json.text(m, "type", "")) {
        case "image" -> "image/*";
        case "gifv", "video" -> "video/*";
        case "audio" -> "audio/*";
        default -> "";
      };
      media.add(new RemoteMedia(mime, Json.text(m, "description", ""), hashMedia ? hash(uri) : null, uri));
    }
    String url = Json.text(status, "url", Json.text(status, "uri"));
    return new RemotePost(PlatformNames.MASTODON, Json.text(status, "id"), url == null ? null : URI.create(url),
        MastodonText.plain(Json.text(status, "content", "")), time(Json.text(status, "created_at")),
        handle(account, status.path("account")), Json.text(status, "in_reply_to_id"), null, media);
  }

  /** SHA-256 of the file as the instance serves it (it re-encodes uploads), or null if it cannot be had. */
  private String hash(URI url) {
    if (url == null || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
      return null;
    }
    try {
      PlatformHttp.Response r = api.download(url);
      return r.ok() ? MediaHash.sha256(r.body()) : null;
    } catch (ConnectorException e) {
      return null; // the post is still worth archiving; the hash is filled on a later sync
    }
  }

  private static String statusId(String platformId) {
    if (platformId == null || !platformId.matches("[0-9A-Za-z_-]{1,64}")) {
      throw new ConnectorException(PlatformNames.MASTODON, Reason.NOT_FOUND,
          "This is not a Mastodon status id: " + (platformId == null ? "(none)" : platformId) + ".");
    }
    return platformId;
  }

  private static Instant time(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
