package org.steward.app.connectors.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.app.connectors.mastodon.MastodonFixtures.account;
import static org.steward.app.connectors.mastodon.MastodonFixtures.error;
import static org.steward.app.connectors.mastodon.MastodonFixtures.media;
import static org.steward.app.connectors.mastodon.MastodonFixtures.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.steward.app.connectors.http.Retrier;
import org.steward.app.connectors.support.TestImages;

/** The Mastodon connector against WireMock stubs that answer as Mastodon's documentation says. */
class MastodonConnectorTest {
  static final String TOKEN = "token-ZmFrZS1tYXN0b2Rvbi10b2tlbg";
  static WireMockServer mastodon;

  AccountCredentials account;
  List<Duration> waits;
  MastodonConnector connector;

  @BeforeAll
  static void start() {
    mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    mastodon.start();
  }

  @AfterAll
  static void stop() {
    mastodon.stop();
  }

  @BeforeEach
  void reset() {
    mastodon.resetAll();
    account = new AccountCredentials(URI.create(mastodon.baseUrl()), "college", TOKEN);
    waits = new ArrayList<>();
    connector = connector(ConnectorProperties.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)));
    mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(okJson(account("14715", "college"))));
  }

  MastodonConnector connector(ConnectorProperties properties) {
    return new MastodonConnector(properties, new Retrier(properties, waits::add));
  }

  static PublishRequest text(String key, String text) {
    return PublishRequest.text(key, Instant.parse("2026-12-01T10:00:00Z"), text);
  }

  static String created(String id, String html) {
    return status(id, "14715", "college", html, "2026-12-01T10:00:01.196Z", null, null);
  }

  @Test
  void publishesWithTheBearerTokenAndTheIdempotencyKey() {
    mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson(created("103254962155278888",
        "<p>Open evening on Thursday</p><p>All welcome<br>6pm to 8pm</p>"))));

    PublishResult result = connector.publish(account, text("post-42", "Open evening on Thursday\n\nAll welcome\n6pm to 8pm"));

    assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.PUBLISHED);
    RemotePost post = result.post();
    assertThat(post.platformId()).isEqualTo("103254962155278888");
    assertThat(post.url()).hasToString("https://mastodon.example/@college/103254962155278888");
    assertThat(post.text()).isEqualTo("Open evening on Thursday\n\nAll welcome\n6pm to 8pm");
    assertThat(post.authorHandle()).isEqualTo("college@" + account.server().getHost());
    mastodon.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Idempotency-Key", equalTo("post-42"))
        .withFormParam("status", equalTo("Open evening on Thursday\n\nAll welcome\n6pm to 8pm")));
  }

  @Test
  void aReplyNamesTheStatusItAnswers() {
    mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson(
        status("2", "14715", "college", "<p>Yes, parking is free</p>", "2026-12-01T10:00:01Z", "1", null))));
    RemotePost post = connector.publish(account, new PublishRequest("k", Instant.now(), "Yes, parking is free",
        List.of(), "1")).post();
    assertThat(post.replyTo()).isEqualTo("1");
    mastodon.verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withFormParam("in_reply_to_id", equalTo("1")));
  }

  @Test
  void uploadsImagesWithDescriptionsAndWaitsWhileMastodonProcessesOne() {
    byte[] servedFirst = TestImages.png(11);
    byte[] servedSecond = TestImages.png(12);
    String fileBase = mastodon.baseUrl() + "/system/media_attachments/files/";
    // The first upload is processed in the background: 202 with url null, then 206 until ready.
    mastodon.stubFor(post("/api/v2/media").withMultipartRequestBody(
            com.github.tomakehurst.wiremock.client.WireMock.aMultipart().withName("description")
                .withBody(equalTo("Learners in the new workshop")))
        .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
            .withBody(media("22348641", null, "Learners in the new workshop"))));
    mastodon.stubFor(post("/api/v2/media").withMultipartRequestBody(
            com.github.tomakehurst.wiremock.client.WireMock.aMultipart().withName("description")
                .withBody(equalTo("The library at night")))
        .willReturn(okJson(media("22348642", fileBase + "2.png", "The library at night"))));
    mastodon.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "application/json").withBody(""))
        .willSetStateTo("done"));
    mastodon.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs("done")
        .willReturn(okJson(media("22348641", fileBase + "1.png", "Learners in the new workshop"))));
    String mediaJson = "[" + media("22348641", fileBase + "1.png", "Learners in the new workshop") + ","
        + media("22348642", fileBase + "2.png", "The library at night") + "]";
    mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson(
        status("9", "14715", "college", "<p>Our new spaces</p>", "2026-12-01T10:00:01Z", null, mediaJson))));
    mastodon.stubFor(get("/system/media_attachments/files/1.png").willReturn(aResponse().withBody(servedFirst)));
    mastodon.stubFor(get("/system/media_attachments/files/2.png").willReturn(aResponse().withBody(servedSecond)));

    RemotePost post = connector.publish(account, new PublishRequest("with-images", Instant.now(), "Our new spaces",
        List.of(new MediaUpload(TestImages.png(1), "image/png", "Learners in the new workshop"),
            new MediaUpload(TestImages.png(2), "image/png", "The library at night")), null)).post();

    mastodon.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/v1/media/22348641")));
    mastodon.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
        .withRequestBody(containing("media_ids%5B%5D=22348641&media_ids%5B%5D=22348642")));
    assertThat(post.media()).extracting(m -> m.altText())
        .containsExactly("Learners in the new workshop", "The library at night");
    // Mastodon re-encodes uploads: the archive keeps the hash of the file the instance serves.
    assertThat(post.media()).extracting(m -> m.sha256())
        .containsExactly(MediaHash.sha256(servedFirst), MediaHash.sha256(servedSecond));
  }

  @Test
  void tooLongIsRefusedBeforeSendingAsMastodonCountsIt() {
    String link = "https://example.org/" + "a".repeat(200);
    // 476 letters + a space + a 221-character link that Mastodon counts as 23 = 500: allowed.
    mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson(created("1", "<p>ok</p>"))));
    connector.publish(account, text("fits", "x".repeat(476) + " " + link));

    assertThatThrownBy(() -> connector.publish(account, text("long", "x".repeat(501))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
          assertThat(e.getMessage()).contains("501").contains("500");
        });
    mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void anInstanceWithALowerLimitAnswers422AndThePostIsTooLong() {
    mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody(error("Validation failed: Text character limit of 280 exceeded"))));
    assertThatThrownBy(() -> connector.publish(account, text("k", "y".repeat(300))))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("character limit of 280");
        });
    mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void aRevokedTokenIsUnauthorisedAndTheTokenIsNeverInTheMessage() {
    mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(error("The access token is invalid"))));
    assertThatThrownBy(() -> connector.publish(account, text("k", "Hello")))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
          assertThat(e.getMessage()).contains("The access token is invalid").contains("vault")
              .doesNotContain(TOKEN);
          assertThat(e.toString()).doesNotContain(TOKEN);
        });
    mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void rateLimitedWaitsTheRetryAfterItGaveThenPostsOnce() {
    mastodon.stubFor(post("/api/v1/statuses").inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
            .withHeader("Content-Type", "application/json").withBody(error("Too many requests")))
        .willSetStateTo("open"));
    mastodon.stubFor(post("/api/v1/statuses").inScenario("limit").whenScenarioStateIs("open")
        .willReturn(okJson(created("5", "<p>Hello</p>"))));

    PublishResult result = connector.publish(account, text("limited", "Hello"));

    assertThat(result.post().platformId()).isEqualTo("5");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses"))))
        .extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("limited", "limited");
  }

  @Test
  void aLongRateLimitGoesBackToTheCallerWithTheWaitAndItsResetTime() {
    String reset = Instant.now().plusSeconds(300).toString();
    mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(429)
        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Reset", reset)
        .withHeader("Content-Type", "application/json").withBody(error("Too many requests"))));
    assertThatThrownBy(() -> connector.publish(account, text("k", "Hello")))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
          assertThat(e.retryable()).isTrue();
          assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(
              Duration.ofSeconds(290), Duration.ofSeconds(300)));
        });
    assertThat(waits).isEmpty();
  }

  @Test
  void aTimeoutIsRetriedWithTheSameIdempotencyKeySoMastodonPostsOnce() {
    // First answer arrives after the client stopped waiting; Mastodon keeps the key and answers
    // the retry with the status it made.
    mastodon.stubFor(post("/api/v1/statuses").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(created("77", "<p>Exam timetable</p>")).withFixedDelay(2500))
        .willSetStateTo("answered"));
    mastodon.stubFor(post("/api/v1/statuses").inScenario("slow").whenScenarioStateIs("answered")
        .withHeader("Idempotency-Key", equalTo("exam-timetable"))
        .willReturn(okJson(created("77", "<p>Exam timetable</p>"))));

    PublishResult result = connector.publish(account, text("exam-timetable", "Exam timetable"));

    assertThat(result.post().platformId()).isEqualTo("77");
    List<LoggedRequest> sent = mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")));
    assertThat(sent).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly("exam-timetable");
    assertThat(waits).hasSize(1);
  }

  @Test
  void deletesAndADeleteOfAGoneStatusIsAlreadyGone() {
    mastodon.stubFor(delete("/api/v1/statuses/10").willReturn(okJson(created("10", "<p>bye</p>"))));
    mastodon.stubFor(delete("/api/v1/statuses/11").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(error("Record not found"))));
    mastodon.stubFor(get("/api/v1/statuses/11").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(error("Record not found"))));

    assertThat(connector.delete(account, "10")).isEqualTo(DeleteOutcome.DELETED);
    assertThat(connector.delete(account, "11")).isEqualTo(DeleteOutcome.ALREADY_GONE);
    mastodon.verify(deleteRequestedFor(urlEqualTo("/api/v1/statuses/10")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void refusesToCallAnotherAccountsStatusGone() {
    mastodon.stubFor(delete("/api/v1/statuses/12").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(error("Record not found"))));
    mastodon.stubFor(get("/api/v1/statuses/12").willReturn(okJson(
        status("12", "999", "someone@elsewhere.example", "<p>theirs</p>", "2026-12-01T10:00:00Z", null, null))));
    assertThatThrownBy(() -> connector.delete(account, "12"))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
  }

  @Test
  void listsOwnPostsFollowingTheLinkHeader() {
    mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/14715/statuses")).withQueryParam("limit", equalTo("2"))
        .withQueryParam("max_id", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson("[" + status("30", "14715", "college", "<p>Third</p>", "2026-11-30T10:00:00Z", null, null)
            + "," + status("20", "14715", "college", "<p>Second</p>", "2026-11-20T10:00:00Z", null, null) + "]")
            .withHeader("Link", "<" + mastodon.baseUrl() + "/api/v1/accounts/14715/statuses?limit=2&max_id=20>; rel=\"next\", <"
                + mastodon.baseUrl() + "/api/v1/accounts/14715/statuses?limit=2&min_id=30>; rel=\"prev\"")));
    mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/14715/statuses")).withQueryParam("max_id", equalTo("20"))
        .willReturn(okJson("[" + status("10", "14715", "college", "<p>First</p>", "2026-11-10T10:00:00Z", null, null) + "]")));

    Page<RemotePost> first = connector.listOwnPosts(account, ListRequest.first(2));
    assertThat(first.items()).extracting(RemotePost::text).containsExactly("Third", "Second");
    assertThat(first.nextCursor()).isEqualTo("20");
    Page<RemotePost> second = connector.listOwnPosts(account, ListRequest.first(2).next(first.nextCursor()));
    assertThat(second.items()).extracting(RemotePost::text).containsExactly("First");
    assertThat(second.next()).isEmpty();

    Page<RemotePost> recent = connector.listOwnPosts(account, ListRequest.since(Instant.parse("2026-11-25T00:00:00Z"), 2));
    assertThat(recent.items()).extracting(RemotePost::text).containsExactly("Third");
    assertThat(recent.next()).isEmpty();
  }

  @Test
  void readsMentionsAndRepliesFromNotificationsAndAThreadFromItsContext() {
    String reply = status("103186126728896492", "971724", "zsc@other.example",
        "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@college\" class=\"u-url mention\">@<span>college</span></a></span> is there parking?</p>",
        "2019-11-23T07:49:01.940Z", "103186038209478945", null);
    mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("types[]", equalTo("mention"))
        .willReturn(okJson("[{\"id\": \"34975861\", \"type\": \"mention\", \"created_at\": \"2019-11-23T07:49:02.064Z\","
            + " \"account\": " + account("971724", "zsc@other.example") + ", \"status\": " + reply + "}]")));

    Page<RemotePost> replies = connector.listReplies(account, ListRequest.first(40));
    assertThat(replies.items()).hasSize(1);
    RemotePost found = replies.items().get(0);
    assertThat(found.text()).isEqualTo("@college is there parking?");
    assertThat(found.authorHandle()).isEqualTo("zsc@other.example");
    assertThat(found.replyTo()).isEqualTo("103186038209478945");
    assertThat(replies.next()).isEmpty();

    mastodon.stubFor(get("/api/v1/statuses/103186038209478945/context").willReturn(okJson(
        "{\"ancestors\": [], \"descendants\": [" + reply + ","
            + status("103189026958574542", "14715", "college", "<p>Yes, it is free</p>", "2019-11-23T20:06:36.011Z",
                "103186126728896492", null) + "]}")));
    assertThat(connector.repliesTo(account, "103186038209478945")).extracting(RemotePost::platformId)
        .containsExactly("103186126728896492");
  }

  @Test
  void aServerErrorIsRetriedAndThenReportedAsUnavailable() {
    mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json").withBody(error("Service Unavailable"))));
    assertThatThrownBy(() -> connector.publish(account, text("k", "Hello")))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
          assertThat(e.retryable()).isTrue();
        });
    mastodon.verify(3, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void hidingRepliesIsNotSomethingMastodonOffers() {
    assertThat(connector.capabilities().supports(Feature.HIDE_REPLIES)).isFalse();
    assertThatThrownBy(() -> connector.hideReply(account, "1"))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
    mastodon.verify(0, postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}
