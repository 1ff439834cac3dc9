package org.steward.app.connectors.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.connectors.support.BlueskyPds.TestAccount;
import org.steward.app.connectors.support.SlowProxy;
import tools.jackson.databind.JsonNode;

/**
 * A publish whose answer never arrives in time (the PDS made the post, the connector heard
 * nothing) is retried, and the retry finds that post: there is exactly one on the server.
 */
@ExtendWith(BlueskyPds.class)
class BlueskyIdempotencyTest {

  List<String> texts(BlueskyPds pds, TestAccount account) {
    JsonNode body = pds.query("com.atproto.repo.listRecords", Map.of("repo", account.did(),
        "collection", "app.bsky.feed.post", "limit", "100"));
    List<String> out = new ArrayList<>();
    body.path("records").forEach(r -> out.add(Json.text(r.path("value"), "text")));
    return out;
  }

  @Test
  void aRetryAfterATimeoutFindsThePostInsteadOfPostingTwice(BlueskyPds pds) throws Exception {
    TestAccount college = pds.createAccount("retry");
    ConnectorProperties impatient = ConnectorProperties.defaults()
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500))
        .withRetries(3, Duration.ofMillis(50), Duration.ofMillis(200));
    try (SlowProxy proxy = new SlowProxy(pds.url())) {
      proxy.delayFirst("com.atproto.repo.createRecord", Duration.ofSeconds(4));
      BlueskyConnector bluesky = new BlueskyConnector(impatient);
      PublishRequest request = PublishRequest.text(UUID.randomUUID().toString(), Instant.now(),
          "Enrolment opens at 9am");

      PublishResult result = bluesky.publish(college.credentialsVia(proxy.url()), request);

      assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.PUBLISHED);
      // The retry looked for the record before doing anything else. (On a loaded machine the PDS
      // may still be writing then, and the retry's createRecord is refused as a taken key; either
      // way the server must end with one post.)
      List<String> calls = proxy.requests();
      int firstCreate = calls.indexOf("POST /xrpc/com.atproto.repo.createRecord");
      assertThat(calls.subList(firstCreate + 1, calls.size())).first().asString().endsWith("getRecord");
      assertThat(texts(pds, college)).containsExactly("Enrolment opens at 9am");

      // The caller retries too (its job restarted): same key, still one post, and it says so.
      PublishResult again = new BlueskyConnector(impatient).publish(college.credentials(), request);
      assertThat(again.outcome()).isEqualTo(PublishResult.Outcome.ALREADY_PUBLISHED);
      assertThat(again.post().platformId()).isEqualTo(result.post().platformId());
      assertThat(texts(pds, college)).containsExactly("Enrolment opens at 9am");
    }
  }

  @Test
  void withoutTheDerivedRecordKeyTheSameTimeoutWouldHavePostedTwice(BlueskyPds pds) throws Exception {
    // The control: a plain createRecord retried after the same timeout makes a second post, which
    // is what the record key derived from the idempotency key prevents.
    TestAccount college = pds.createAccount("control");
    try (SlowProxy proxy = new SlowProxy(pds.url())) {
      proxy.delayFirst("com.atproto.repo.createRecord", Duration.ofSeconds(3));
      var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
      JsonNode session = Json.parse(client.send(java.net.http.HttpRequest.newBuilder(
          proxy.url().resolve("/xrpc/com.atproto.server.createSession"))
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"identifier\":\"" + college.handle()
              + "\",\"password\":\"" + college.appPassword() + "\"}")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body());
      String body = "{\"repo\":\"" + college.did() + "\",\"collection\":\"app.bsky.feed.post\",\"record\":"
          + "{\"$type\":\"app.bsky.feed.post\",\"text\":\"Naive retry\",\"createdAt\":\"" + Instant.now() + "\"}}";
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          client.send(java.net.http.HttpRequest.newBuilder(proxy.url().resolve("/xrpc/com.atproto.repo.createRecord"))
              .timeout(Duration.ofMillis(1000)).header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + Json.text(session, "accessJwt"))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.net.http.HttpTimeoutException expected) {
          // first attempt: no answer in time
        }
      }
      assertThat(texts(pds, college)).containsExactly("Naive retry", "Naive retry");
    }
  }
}
