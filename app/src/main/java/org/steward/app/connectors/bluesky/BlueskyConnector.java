package org.steward.app.connectors.bluesky;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.connectors.PublishChecks;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.PlatformHttp;
import org.steward.app.connectors.http.Retrier;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky through the AT Protocol's XRPC API on the account's PDS, signed in with the handle and
 * an app password. Posts are {@code app.bsky.feed.post} records in the account's repository.
 *
 * <p><b>Idempotent publishing.</b> The record key is derived from the request's idempotency key and
 * first send time ({@link Tid}). Each attempt first asks for that record ({@code getRecord}); only
 * when it is absent does it upload the images and {@code createRecord} with that key, which the PDS
 * refuses if the key is taken. So a retry after a timeout finds the post the first attempt made.
 */
@org.springframework.stereotype.Component
public final class BlueskyConnector implements Connector {
  static final int MAX_GRAPHEMES = 300;
  /** The lexicon's second limit on {@code text}: UTF-8 bytes (an emoji family takes 18). */
  static final int MAX_TEXT_BYTES = 3000;
  static final int MAX_IMAGES = 4;
  /** The {@code maxSize} of an image blob in the {@code app.bsky.embed.images} lexicon. */
  static final long MAX_IMAGE_BYTES = 1_000_000;
  /** Bluesky's app stops alt text at 2,000 characters; longer is cut off for readers. */
  static final int MAX_ALT_TEXT = 2000;

  private static final Capabilities CAPABILITIES = new Capabilities(PlatformNames.BLUESKY,
      Capabilities.Mode.API,
      EnumSet.of(Feature.PUBLISH, Feature.IMAGES, Feature.ALT_TEXT, Feature.REPLY_TO, Feature.DELETE,
          Feature.LIST_OWN_POSTS, Feature.READ_REPLIES, Feature.READ_MENTIONS, Feature.HIDE_REPLIES,
          Feature.IDEMPOTENT_PUBLISH),
      MAX_GRAPHEMES, Capabilities.TextUnit.GRAPHEMES, MAX_IMAGES, MAX_IMAGE_BYTES, MAX_ALT_TEXT);

  private final XrpcClient xrpc;
  private final BlueskySessions sessions;
  private final Retrier retrier;
  private final ConnectorProperties.Bluesky settings;
  private final AppViewReplies appView;
  private final RepositoryScanReplies scan;
  /** Servers that answered that they have no app view: read their replies by scanning. */
  private final Set<String> withoutAppView = ConcurrentHashMap.newKeySet();

  @org.springframework.beans.factory.annotation.Autowired
  public BlueskyConnector(ConnectorProperties properties) {
    this(properties, new Retrier(properties));
  }

  BlueskyConnector(ConnectorProperties properties, Retrier retrier) {
    this.xrpc = new XrpcClient(new PlatformHttp(PlatformNames.BLUESKY, properties));
    this.sessions = new BlueskySessions(xrpc);
    this.retrier = retrier;
    this.settings = properties.bluesky();
    this.appView = new AppViewReplies(xrpc, sessions, retrier);
    this.scan = new RepositoryScanReplies(xrpc, retrier, settings);
  }

  @Override
  public String platform() {
    return PlatformNames.BLUESKY;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public PublishResult publish(AccountCredentials account, PublishRequest request) {
    checkBeforeSending(request);
    String rkey = Tid.forPost(request.createdAt(), request.idempotencyKey());
    int[] attempt = {0};
    return retrier.run(() -> {
      attempt[0]++;
      BlueskySession session = sessions.session(account);
      AtUri uri = AtUri.post(session.did(), rkey);
      Optional<JsonNode> earlier = findRecord(account, uri);
      if (earlier.isPresent()) {
        RemotePost post = samePost(uri, earlier.get(), request, session, account);
        // Found on the first look: an earlier call made it. Found on a retry: this call did.
        return attempt[0] == 1 ? PublishResult.alreadyPublished(post) : PublishResult.published(post);
      }
      Map<String, Object> record = record(account, request);
      XrpcResponse created = sessions.call(account, s -> xrpc.procedure(account.base(),
          "com.atproto.repo.createRecord", Map.of("repo", s.did(), "collection", AtUri.POST,
              "rkey", rkey, "validate", true, "record", record), s.accessJwt()));
      if (!created.ok()) {
        // A concurrent attempt may have taken the key first (the PDS then answers 500): look again.
        Optional<JsonNode> now = findRecord(account, uri);
        if (now.isPresent()) {
          return PublishResult.published(samePost(uri, now.get(), request, session, account));
        }
        throw created.failure("publishing the post");
      }
      return PublishResult.published(PostRecords.toRemotePost(uri.toString(),
          Json.MAPPER.valueToTree(record), session.handle(), account.base()));
    });
  }

  /** Everything Bluesky would refuse, refused here first with a sentence that says what to change. */
  private static void checkBeforeSending(PublishRequest request) {
    int length = Graphemes.count(request.text());
    if (length > MAX_GRAPHEMES) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.TOO_LONG, "The post is " + length
          + " characters long and Bluesky allows " + MAX_GRAPHEMES + ": shorten it by "
          + (length - MAX_GRAPHEMES) + ".");
    }
    int bytes = request.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > MAX_TEXT_BYTES) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.TOO_LONG, "The post is too long for"
          + " Bluesky: its emoji and accented letters take " + bytes + " bytes and Bluesky allows "
          + MAX_TEXT_BYTES + ". Use fewer emoji or shorten it.");
    }
    PublishChecks.check(CAPABILITIES, request);
  }

  private RemotePost samePost(AtUri uri, JsonNode found, PublishRequest request, BlueskySession session,
      AccountCredentials account) {
    if (!request.text().equals(Json.text(found, "text", ""))) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.REFUSED, "Another post already"
          + " uses this post's place in the account (" + uri + "). Send it again as a new post.");
    }
    return PostRecords.toRemotePost(uri.toString(), found, session.handle(), account.base());
  }

  private Optional<JsonNode> findRecord(AccountCredentials account, AtUri uri) {
    XrpcResponse r = retrier.run(() -> xrpc.query(account.base(), "com.atproto.repo.getRecord",
        Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey()), null));
    if (r.isError("RecordNotFound") || r.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(r.orThrow("looking for the post").path("value"));
  }

  /** The whole record, fields in lexicon order; images are uploaded here, once per attempt that needs them. */
  private Map<String, Object> record(AccountCredentials account, PublishRequest request) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("$type", AtUri.POST);
    record.put("text", request.text());
    Map<String, Optional<String>> resolved = new HashMap<>();
    List<Map<String, Object>> facets = RichText.facets(request.text(),
        handle -> resolved.computeIfAbsent(handle, h -> resolveHandle(account, h))).stream()
        .map(RichText.Facet::toRecord).toList();
    if (!facets.isEmpty()) {
      record.put("facets", facets);
    }
    if (request.replyTo() != null) {
      record.put("reply", replyRefs(account, request.replyTo()));
    }
    if (!request.images().isEmpty()) {
      List<Map<String, Object>> images = new ArrayList<>();
      for (MediaUpload image : request.images()) {
        images.add(Map.of("alt", image.altText(), "image", uploadBlob(account, image)));
      }
      record.put("embed", Map.of("$type", "app.bsky.embed.images", "images", images));
    }
    record.put("createdAt", request.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
    return record;
  }

  private JsonNode uploadBlob(AccountCredentials account, MediaUpload image) {
    XrpcResponse r = sessions.call(account, s -> xrpc.upload(account.base(), image.bytes(), image.mimeType(),
        s.accessJwt()));
    return r.orThrow("uploading an image").path("blob");
  }

  /** A reply names its parent and the first post of the thread, each by URI and CID. */
  private Map<String, Object> replyRefs(AccountCredentials account, String parentId) {
    AtUri parent = AtUri.parse(parentId);
    XrpcResponse r = retrier.run(() -> xrpc.query(account.base(), "com.atproto.repo.getRecord",
        Map.of("repo", parent.repo(), "collection", parent.collection(), "rkey", parent.rkey()), null));
    if (r.isError("RecordNotFound")) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.NOT_FOUND,
          "The post this one answers is no longer on Bluesky: it may have been deleted.");
    }
    JsonNode body = r.orThrow("finding the post this one answers");
    Map<String, Object> parentRef = Map.of("uri", Json.text(body, "uri"), "cid", Json.text(body, "cid"));
    JsonNode root = body.path("value").path("reply").path("root");
    Object rootRef = Json.text(root, "uri") == null ? parentRef
        : Map.of("uri", Json.text(root, "uri"), "cid", Json.text(root, "cid"));
    return Map.of("root", rootRef, "parent", parentRef);
  }

  private Optional<String> resolveHandle(AccountCredentials account, String handle) {
    XrpcResponse r = retrier.run(() -> xrpc.query(account.base(), "com.atproto.identity.resolveHandle",
        Map.of("handle", handle), null));
    return r.ok() ? Optional.ofNullable(Json.text(r.body(), "did")) : Optional.empty();
  }

  @Override
  public DeleteOutcome delete(AccountCredentials account, String platformId) {
    AtUri uri = AtUri.parse(platformId);
    BlueskySession session = sessions.session(account);
    if (!uri.repo().equals(session.did()) || !uri.collection().equals(AtUri.POST)) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.FORBIDDEN,
          "This post belongs to another account: Steward deletes only the account's own posts.");
    }
    return retrier.run(() -> {
      if (findRecord(account, uri).isEmpty()) {
        return DeleteOutcome.ALREADY_GONE;
      }
      sessions.call(account, s -> xrpc.procedure(account.base(), "com.atproto.repo.deleteRecord",
          Map.of("repo", s.did(), "collection", uri.collection(), "rkey", uri.rkey()), s.accessJwt()))
          .orThrow("deleting the post");
      return DeleteOutcome.DELETED;
    });
  }

  @Override
  public Page<RemotePost> listOwnPosts(AccountCredentials account, ListRequest request) {
    BlueskySession session = sessions.session(account);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("repo", session.did());
    params.put("collection", AtUri.POST);
    params.put("limit", request.limit());
    params.put("cursor", request.cursor());
    JsonNode body = retrier.run(() -> xrpc.query(account.base(), "com.atproto.repo.listRecords", params, null))
        .orThrow("listing the account's posts");
    List<RemotePost> posts = new ArrayList<>();
    for (JsonNode rec : body.path("records")) {
      RemotePost post = PostRecords.toRemotePost(Json.text(rec, "uri"), rec.path("value"), session.handle(),
          account.base());
      if (!request.includes(post.createdAt())) {
        return Page.last(posts); // newest first: everything after this is older still
      }
      posts.add(post);
    }
    return new Page<>(posts, body.path("records").isEmpty() ? null : Json.text(body, "cursor"));
  }

  @Override
  public Page<RemotePost> listReplies(AccountCredentials account, ListRequest request) {
    BlueskySession session = sessions.session(account);
    boolean scanCursor = request.cursor() != null && request.cursor().startsWith("scan:");
    return switch (settings.replies()) {
      case REPOSITORY_SCAN -> scan.replies(account, session, request);
      case APP_VIEW -> appView.replies(account, session, request);
      case AUTO -> {
        if (scanCursor || withoutAppView.contains(account.base())) {
          yield scan.replies(account, session, request);
        }
        XrpcResponse first = appView.firstPage(account, request);
        if (first.noAppView()) {
          withoutAppView.add(account.base());
          yield scan.replies(account, session, request);
        }
        yield appView.toPage(account, request, first.orThrow("reading notifications"));
      }
    };
  }

  @Override
  public List<RemotePost> repliesTo(AccountCredentials account, String postPlatformId) {
    AtUri post = AtUri.parse(postPlatformId);
    BlueskySession session = sessions.session(account);
    boolean tryAppView = settings.replies() == ConnectorProperties.ReplySource.APP_VIEW
        || (settings.replies() == ConnectorProperties.ReplySource.AUTO && !withoutAppView.contains(account.base()));
    if (tryAppView) {
      XrpcResponse thread = appView.thread(account, post.toString());
      if (!thread.noAppView() || settings.replies() == ConnectorProperties.ReplySource.APP_VIEW) {
        return appView.threadReplies(account, session.did(), thread.orThrow("reading the replies"));
      }
      withoutAppView.add(account.base());
    }
    return scan.thread(account, session, post.toString());
  }

  /**
   * Hides a reply with the thread's threadgate ({@code hiddenReplies}): Bluesky apps then fold it
   * away for everyone. Only the author of the thread's first post can, so the reply must be in a
   * thread the account started.
   */
  @Override
  public void hideReply(AccountCredentials account, String replyPlatformId) {
    AtUri reply = AtUri.parse(replyPlatformId);
    BlueskySession session = sessions.session(account);
    XrpcResponse found = retrier.run(() -> xrpc.query(account.base(), "com.atproto.repo.getRecord",
        Map.of("repo", reply.repo(), "collection", reply.collection(), "rkey", reply.rkey()), null));
    String rootUri = Json.text(found.orThrow("finding the reply").path("value").path("reply").path("root"), "uri");
    if (rootUri == null) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.REFUSED, "This post is not a reply, so there is nothing to hide it under.");
    }
    AtUri root = AtUri.parse(rootUri);
    if (!root.repo().equals(session.did())) {
      throw new ConnectorException(PlatformNames.BLUESKY, Reason.FORBIDDEN, "Bluesky lets an account hide"
          + " replies only in threads it started; this reply is in another account's thread.");
    }
    retrier.run(() -> {
      AtUri gate = new AtUri(session.did(), AtUri.THREADGATE, root.rkey());
      XrpcResponse existing = xrpc.query(account.base(), "com.atproto.repo.getRecord",
          Map.of("repo", gate.repo(), "collection", gate.collection(), "rkey", gate.rkey()), null);
      Map<String, Object> record = new LinkedHashMap<>();
      if (existing.ok()) {
        // Keep who-may-reply rules and earlier hidden replies as they are.
        record.putAll(Json.MAPPER.convertValue(existing.body().path("value"),
            new tools.jackson.core.type.TypeReference<Map<String, Object>>() {}));
      } else if (!existing.isError("RecordNotFound")) {
        existing.orThrow("reading the thread's settings");
      }
      record.put("$type", AtUri.THREADGATE);
      record.put("post", root.toString());
      List<Object> hidden = new ArrayList<>();
      if (record.get("hiddenReplies") instanceof List<?> earlier) {
        hidden.addAll(earlier);
      }
      if (!hidden.contains(reply.toString())) {
        hidden.add(reply.toString());
      }
      record.put("hiddenReplies", hidden);
      record.putIfAbsent("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
      return sessions.call(account, s -> xrpc.procedure(account.base(), "com.atproto.repo.putRecord",
          Map.of("repo", s.did(), "collection", AtUri.THREADGATE, "rkey", root.rkey(), "record", record),
          s.accessJwt())).orThrow("hiding the reply");
    });
  }
}
