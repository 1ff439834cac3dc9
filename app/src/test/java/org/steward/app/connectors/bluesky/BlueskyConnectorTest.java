package org.steward.app.connectors.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities.Feature;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.DeleteOutcome;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.MediaUpload;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.connectors.support.BlueskyPds.TestAccount;
import org.steward.app.connectors.support.TestImages;
import tools.jackson.databind.JsonNode;

/** The Bluesky connector against a real PDS on 127.0.0.1: what it does is read back from the server. */
@ExtendWith(BlueskyPds.class)
class BlueskyConnectorTest {
  static final ConnectorProperties FAST = ConnectorProperties.defaults()
      .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100));

  static BlueskyPds pds;
  static TestAccount college;
  static TestAccount learner;
  static BlueskyConnector bluesky;

  @BeforeAll
  static void accounts(BlueskyPds server) {
    pds = server;
    college = pds.createAccount("college");
    learner = pds.createAccount("learner");
    bluesky = new BlueskyConnector(FAST);
  }

  static PublishRequest text(String text) {
    return PublishRequest.text(UUID.randomUUID().toString(), Instant.now(), text);
  }

  JsonNode record(String uri) {
    AtUri at = AtUri.parse(uri);
    return pds.query("com.atproto.repo.getRecord", Map.of("repo", at.repo(), "collection", at.collection(),
        "rkey", at.rkey()));
  }

  List<JsonNode> records(TestAccount account) {
    JsonNode body = pds.query("com.atproto.repo.listRecords", Map.of("repo", account.did(),
        "collection", AtUri.POST, "limit", "100"));
    List<JsonNode> out = new ArrayList<>();
    body.path("records").forEach(out::add);
    return out;
  }

  @Test
  void publishesTextWithLinkMentionAndHashtagFacetsAtUtf8ByteOffsets() {
    String text = "Café open evening 🎓 #OpenEvening at https://example.org/open. Ask @" + learner.handle();
    PublishResult result = bluesky.publish(college.credentials(), text(text));

    assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.PUBLISHED);
    RemotePost post = result.post();
    assertThat(post.platformId()).startsWith("at://" + college.did() + "/app.bsky.feed.post/");
    assertThat(post.url().toString()).isEqualTo("https://bsky.app/profile/" + college.did() + "/post/"
        + AtUri.parse(post.platformId()).rkey());

    JsonNode value = record(post.platformId()).path("value");
    assertThat(Json.text(value, "text")).isEqualTo(text);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Map<String, String> covered = new java.util.HashMap<>();
    for (JsonNode facet : value.path("facets")) {
      int start = facet.path("index").path("byteStart").asInt();
      int end = facet.path("index").path("byteEnd").asInt();
      JsonNode feature = facet.path("features").path(0);
      covered.put(Json.text(feature, "$type"), new String(utf8, start, end - start, StandardCharsets.UTF_8));
      if ("app.bsky.richtext.facet#mention".equals(Json.text(feature, "$type"))) {
        assertThat(Json.text(feature, "did")).isEqualTo(learner.did());
      }
    }
    assertThat(covered).containsEntry("app.bsky.richtext.facet#link", "https://example.org/open")
        .containsEntry("app.bsky.richtext.facet#tag", "#OpenEvening")
        .containsEntry("app.bsky.richtext.facet#mention", "@" + learner.handle());
  }

  @Test
  void publishesImagesWithAltTextAndTheBlobsHashAsUploaded() {
    MediaUpload first = new MediaUpload(TestImages.png(1), "image/png", "Two learners at a lathe in the workshop");
    MediaUpload second = new MediaUpload(TestImages.png(2), "image/png", "The new library at night");
    PublishResult result = bluesky.publish(college.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "Our new workshop and library", List.of(first, second), null));

    JsonNode images = record(result.post().platformId()).path("value").path("embed").path("images");
    assertThat(images).hasSize(2);
    assertThat(Json.text(images.path(0), "alt")).isEqualTo(first.altText());
    assertThat(Json.text(images.path(1), "alt")).isEqualTo(second.altText());
    for (int i = 0; i < 2; i++) {
      String cid = Json.text(images.path(i).path("image").path("ref"), "$link");
      byte[] served = pds.get("com.atproto.sync.getBlob", Map.of("did", college.did(), "cid", cid)).body();
      String expected = (i == 0 ? first : second).sha256();
      assertThat(MediaHash.sha256(served)).isEqualTo(expected);
      assertThat(result.post().media().get(i).sha256()).isEqualTo(expected);
      assertThat(result.post().media().get(i).altText()).isEqualTo((i == 0 ? first : second).altText());
    }
  }

  @Test
  void refusesTooLongBeforeSendingCountingGraphemesAsBlueskyDoes() {
    int before = records(college).size();
    String family = "👩‍👩‍👧";
    assertThatThrownBy(() -> bluesky.publish(college.credentials(), text("a".repeat(301))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("301").contains("300").contains("shorten it by 1");
        });
    assertThat(records(college)).hasSize(before);

    // 300 thumbs up with a skin tone are 300 graphemes (600 UTF-16 chars, 2,400 bytes): Bluesky takes them.
    String thumbs = "👍🏽";
    PublishResult ok = bluesky.publish(college.credentials(), text(thumbs.repeat(300)));
    assertThat(Json.text(record(ok.post().platformId()).path("value"), "text")).isEqualTo(thumbs.repeat(300));
    assertThatThrownBy(() -> bluesky.publish(college.credentials(), text(thumbs.repeat(301))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    // Bluesky's second limit is 3,000 bytes: 167 emoji families (18 bytes each) are under 300 graphemes but over it.
    assertThatThrownBy(() -> bluesky.publish(college.credentials(), text(family.repeat(167))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
          assertThat(e.getMessage()).contains("3006 bytes");
        });
    assertThat(records(college)).hasSize(before + 1);
  }

  @Test
  void deletesAPostAndADeleteAgainFindsItGone() {
    RemotePost post = bluesky.publish(college.credentials(), text("A post to take down")).post();
    assertThat(bluesky.delete(college.credentials(), post.platformId())).isEqualTo(DeleteOutcome.DELETED);
    assertThat(Json.text(record(post.platformId()), "error")).isEqualTo("RecordNotFound");
    assertThat(bluesky.delete(college.credentials(), post.platformId())).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }

  @Test
  void refusesToDeleteAnotherAccountsPost() {
    RemotePost theirs = bluesky.publish(learner.credentials(), text("Not the college's post")).post();
    assertThatThrownBy(() -> bluesky.delete(college.credentials(), theirs.platformId()))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
    assertThat(Json.text(record(theirs.platformId()).path("value"), "text")).isEqualTo("Not the college's post");
  }

  @Test
  void listsOwnPostsNewestFirstInPagesAndSinceATime() {
    TestAccount dept = pds.createAccount("dept");
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(600);
    for (int i = 0; i < 3; i++) {
      bluesky.publish(dept.credentials(), PublishRequest.text("k" + i + UUID.randomUUID(), t0.plusSeconds(i * 60L), "Post " + i));
    }
    Page<RemotePost> first = bluesky.listOwnPosts(dept.credentials(), ListRequest.first(2));
    assertThat(first.items()).extracting(RemotePost::text).containsExactly("Post 2", "Post 1");
    assertThat(first.items()).allSatisfy(p -> assertThat(p.authorHandle()).isEqualTo(dept.handle()));
    assertThat(first.next()).isPresent();
    Page<RemotePost> second = bluesky.listOwnPosts(dept.credentials(), ListRequest.first(2).next(first.nextCursor()));
    assertThat(second.items()).extracting(RemotePost::text).containsExactly("Post 0");

    Page<RemotePost> recent = bluesky.listOwnPosts(dept.credentials(), ListRequest.since(t0.plusSeconds(60), 10));
    assertThat(recent.items()).extracting(RemotePost::text).containsExactly("Post 2", "Post 1");
    assertThat(recent.next()).isEmpty();
    assertThat(recent.items().get(0).createdAt()).isEqualTo(t0.plusSeconds(120));
  }

  @Test
  void readsRepliesAndMentionsMadeByAnotherAccountButNotItsOwnPosts() {
    TestAccount office = pds.createAccount("office");
    TestAccount parent = pds.createAccount("parent");
    RemotePost official = bluesky.publish(office.credentials(), text("Term starts on Monday")).post();
    RemotePost ownFollowUp = bluesky.publish(office.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "Doors open at 8", List.of(), official.platformId())).post();
    RemotePost reply = bluesky.publish(parent.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "Is there parking on site?", List.of(), ownFollowUp.platformId())).post();
    RemotePost mention = bluesky.publish(parent.credentials(), text("Thanks @" + office.handle() + " for the tour")).post();
    bluesky.publish(parent.credentials(), text("Something unrelated"));

    Page<RemotePost> replies = bluesky.listReplies(office.credentials(), ListRequest.first(50));

    assertThat(replies.items()).extracting(RemotePost::platformId)
        .containsExactlyInAnyOrder(reply.platformId(), mention.platformId());
    RemotePost found = replies.items().stream().filter(p -> p.platformId().equals(reply.platformId())).findFirst().orElseThrow();
    assertThat(found.authorHandle()).isEqualTo(parent.handle());
    assertThat(found.text()).isEqualTo("Is there parking on site?");
    assertThat(found.replyTo()).isEqualTo(ownFollowUp.platformId());
    assertThat(found.threadRoot()).isEqualTo(official.platformId());

    Page<RemotePost> onePerPage = bluesky.listReplies(office.credentials(), ListRequest.first(1));
    assertThat(onePerPage.items()).hasSize(1);
    Page<RemotePost> rest = bluesky.listReplies(office.credentials(), ListRequest.first(1).next(onePerPage.nextCursor()));
    assertThat(rest.items()).hasSize(1).doesNotContainAnyElementsOf(onePerPage.items());
  }

  @Test
  void hidesAReplyWithTheThreadgateAndKeepsEarlierHiddenReplies() {
    TestAccount office = pds.createAccount("hider");
    TestAccount troll = pds.createAccount("troll");
    RemotePost official = bluesky.publish(office.credentials(), text("Results day is Thursday")).post();
    RemotePost abuse = bluesky.publish(troll.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "An abusive reply", List.of(), official.platformId())).post();
    RemotePost more = bluesky.publish(troll.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "Another abusive reply", List.of(), abuse.platformId())).post();

    assertThat(bluesky.repliesTo(office.credentials(), official.platformId()))
        .extracting(RemotePost::text).containsExactly("An abusive reply", "Another abusive reply");

    bluesky.hideReply(office.credentials(), abuse.platformId());
    bluesky.hideReply(office.credentials(), more.platformId());
    bluesky.hideReply(office.credentials(), more.platformId()); // hiding twice changes nothing

    AtUri root = AtUri.parse(official.platformId());
    JsonNode gate = pds.query("com.atproto.repo.getRecord", Map.of("repo", office.did(),
        "collection", "app.bsky.feed.threadgate", "rkey", root.rkey())).path("value");
    assertThat(Json.text(gate, "post")).isEqualTo(official.platformId());
    List<String> hidden = new ArrayList<>();
    gate.path("hiddenReplies").forEach(n -> hidden.add(n.stringValue()));
    assertThat(hidden).containsExactly(abuse.platformId(), more.platformId());

    // Only the thread's author may hide replies in it.
    assertThatThrownBy(() -> bluesky.hideReply(troll.credentials(), abuse.platformId()))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
  }

  @Test
  void aWrongAppPasswordIsRefusedWithoutShowingIt() {
    AccountCredentials wrong = new AccountCredentials(pds.url(), college.handle(), "wrong-app-password-1234");
    assertThatThrownBy(() -> bluesky.publish(wrong, text("Should not post")))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("app password").doesNotContain("wrong-app-password-1234");
        });
  }

  @Test
  void capabilitiesSayWhatBlueskyAllows() {
    assertThat(bluesky.capabilities().maxTextLength()).isEqualTo(300);
    assertThat(bluesky.capabilities().supports(Feature.HIDE_REPLIES)).isTrue();
    assertThat(bluesky.capabilities().supports(Feature.DELETE_REPLIES)).isFalse();
    assertThat(bluesky.capabilities().manual()).isFalse();
  }
}
