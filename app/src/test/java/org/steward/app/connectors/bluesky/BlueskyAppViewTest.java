package org.steward.app.connectors.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.RemotePost;

/**
 * The app-view path, which the test PDS cannot serve (it has no app view): a PDS that forwards
 * {@code listNotifications} and {@code getPostThread}, stubbed in the shapes of their lexicons
 * ({@code app.bsky.notification.listNotifications}, {@code app.bsky.feed.defs#threadViewPost}).
 * Also the session renewal when the PDS says the access token expired.
 */
class BlueskyAppViewTest {
  static final String DID = "did:plc:college0000000000000000";
  static final String POST = "at://" + DID + "/app.bsky.feed.post/3kabcdefghij2";
  WireMockServer pds;
  AccountCredentials account;
  BlueskyConnector bluesky;

  @BeforeEach
  void start() {
    pds = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    pds.start();
    account = new AccountCredentials(URI.create(pds.baseUrl()), "college.bsky.social", "abcd-efgh-ijkl-mnop");
    bluesky = new BlueskyConnector(ConnectorProperties.defaults());
    pds.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(okJson(
        "{\"did\": \"" + DID + "\", \"handle\": \"college.bsky.social\", \"accessJwt\": \"access-1\", \"refreshJwt\": \"refresh-1\", \"active\": true}")));
  }

  @AfterEach
  void stop() {
    pds.stop();
  }

  static String postView(String rkey, String did, String handle, String text, String parent) {
    String reply = parent == null ? "" : ", \"reply\": {\"root\": {\"uri\": \"" + POST + "\", \"cid\": \"bafyroot\"},"
        + " \"parent\": {\"uri\": \"" + parent + "\", \"cid\": \"bafyparent\"}}";
    return "{\"uri\": \"at://" + did + "/app.bsky.feed.post/" + rkey + "\", \"cid\": \"bafyreia\","
        + " \"author\": {\"did\": \"" + did + "\", \"handle\": \"" + handle + "\", \"displayName\": \"Someone\"},"
        + " \"record\": {\"$type\": \"app.bsky.feed.post\", \"text\": \"" + text + "\", \"createdAt\": \"2026-12-01T10:0" + rkey.length() % 10 + ":00.000Z\"" + reply + "},"
        + " \"replyCount\": 0, \"repostCount\": 0, \"likeCount\": 0, \"indexedAt\": \"2026-12-01T10:00:01.000Z\", \"labels\": []}";
  }

  @Test
  void readsRepliesAndMentionsFromNotificationsAndSkipsLikes() {
    pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).willReturn(okJson("""
        {"cursor": "2026-12-01T09:00:00.000Z", "notifications": [
          {"uri": "at://did:plc:parent/app.bsky.feed.post/3kreply00001a", "cid": "bafyreia",
           "author": {"did": "did:plc:parent", "handle": "parent.bsky.social"}, "reason": "reply",
           "reasonSubject": "%s", "record": %s, "isRead": false, "indexedAt": "2026-12-01T10:00:01.000Z", "labels": []},
          {"uri": "at://did:plc:fan/app.bsky.feed.like/3klike000001a", "cid": "bafyreib",
           "author": {"did": "did:plc:fan", "handle": "fan.bsky.social"}, "reason": "like",
           "record": {"$type": "app.bsky.feed.like"}, "isRead": false, "indexedAt": "2026-12-01T09:30:00.000Z"},
          {"uri": "at://did:plc:press/app.bsky.feed.post/3kmention001a", "cid": "bafyreic",
           "author": {"did": "did:plc:press", "handle": "press.example"}, "reason": "mention",
           "record": {"$type": "app.bsky.feed.post", "text": "Well done @college.bsky.social", "createdAt": "2026-12-01T09:10:00.000Z"},
           "isRead": true, "indexedAt": "2026-12-01T09:10:01.000Z"}
        ]}
        """.formatted(POST, "{\"$type\": \"app.bsky.feed.post\", \"text\": \"Is there parking?\", \"createdAt\": \"2026-12-01T10:00:00.000Z\","
        + " \"reply\": {\"root\": {\"uri\": \"" + POST + "\", \"cid\": \"bafyroot\"}, \"parent\": {\"uri\": \"" + POST + "\", \"cid\": \"bafyroot\"}}}"))));

    Page<RemotePost> page = bluesky.listReplies(account, ListRequest.first(25));

    assertThat(page.items()).extracting(RemotePost::authorHandle).containsExactly("parent.bsky.social", "press.example");
    assertThat(page.items().get(0).replyTo()).isEqualTo(POST);
    assertThat(page.items().get(1).text()).isEqualTo("Well done @college.bsky.social");
    assertThat(page.nextCursor()).isEqualTo("2026-12-01T09:00:00.000Z");
    pds.verify(getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications"))
        .withHeader("Authorization", equalTo("Bearer access-1")).withQueryParam("limit", equalTo("25")));
  }

  @Test
  void readsAThreadFromGetPostThreadWithNestedRepliesButNotTheAccountsOwn() {
    String first = postView("3kreply00001a", "did:plc:parent", "parent.bsky.social", "Is there parking?", POST);
    String own = postView("3kown0000001a", DID, "college.bsky.social", "Yes, free", "at://did:plc:parent/app.bsky.feed.post/3kreply00001a");
    String nested = postView("3knested0001a", "did:plc:other", "other.bsky.social", "Thanks!", "at://" + DID + "/app.bsky.feed.post/3kown0000001a");
    pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread")).withQueryParam("uri", equalTo(POST))
        .willReturn(okJson("{\"thread\": {\"$type\": \"app.bsky.feed.defs#threadViewPost\", \"post\": "
            + postView("3kabcdefghij2", DID, "college.bsky.social", "Term starts Monday", null) + ", \"replies\": ["
            + "{\"$type\": \"app.bsky.feed.defs#threadViewPost\", \"post\": " + first + ", \"replies\": ["
            + "{\"$type\": \"app.bsky.feed.defs#threadViewPost\", \"post\": " + own + ", \"replies\": ["
            + "{\"$type\": \"app.bsky.feed.defs#threadViewPost\", \"post\": " + nested + ", \"replies\": []}]}]},"
            + "{\"$type\": \"app.bsky.feed.defs#blockedPost\", \"uri\": \"at://did:plc:x/app.bsky.feed.post/1\", \"blocked\": true}"
            + "]}}")));

    List<RemotePost> replies = bluesky.repliesTo(account, POST);

    assertThat(replies).extracting(RemotePost::text).containsExactly("Is there parking?", "Thanks!");
  }

  @Test
  void anExpiredAccessTokenIsRefreshedAndTheCallRepeatedOnce() {
    pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).inScenario("expiry")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(400)
            .withHeader("Content-Type", "application/json").withBody("{\"error\": \"ExpiredToken\", \"message\": \"Token has expired\"}"))
        .willSetStateTo("refreshed"));
    pds.stubFor(post("/xrpc/com.atproto.server.refreshSession").withHeader("Authorization", equalTo("Bearer refresh-1"))
        .willReturn(okJson("{\"did\": \"" + DID + "\", \"handle\": \"college.bsky.social\", \"accessJwt\": \"access-2\", \"refreshJwt\": \"refresh-2\"}")));
    pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).inScenario("expiry")
        .whenScenarioStateIs("refreshed").withHeader("Authorization", equalTo("Bearer access-2"))
        .willReturn(okJson("{\"notifications\": []}")));

    assertThat(bluesky.listReplies(account, ListRequest.first(10)).items()).isEmpty();
    pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.createSession")));
    pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.refreshSession")));
  }
}
