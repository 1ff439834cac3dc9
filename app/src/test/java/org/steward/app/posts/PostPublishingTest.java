package org.steward.app.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.identity.Actor;
import org.steward.app.people.PeopleService;
import org.steward.app.web.InvalidInput;
import tools.jackson.databind.JsonNode;

/**
 * Publishing through the connectors, against the real Bluesky PDS: the job publishes a scheduled
 * post when its time comes, exactly once; a refused sign-in fails the post with the platform's
 * reason; a platform that does not answer is retried with doubling waits until the last attempt
 * fails it; the sync archives a post made outside Steward and flags it; archive imports are all or
 * nothing.
 */
@SpringBootTest(properties = {"steward.demo-data=true", PostsApiTest.VAULT_KEY, "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(AccountTestConfig.class)
@ExtendWith(BlueskyPds.class)
class PostPublishingTest {
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PostAccountRules rules;
  @Autowired PostComposing composing;
  @Autowired PostApproval approval;
  @Autowired PostPublishing publishing;
  @Autowired PostViews views;
  @Autowired PostSync sync;
  @Autowired PostImports imports;
  @Autowired PeopleService people;
  @Autowired ConnectorRegistry connectors;
  @Autowired MutableClock clock;

  TestAccounts accounts;
  Actor staff;
  Actor hodm;

  @BeforeEach
  void fixture() {
    accounts = new TestAccounts(jdbc, vault, transactions, rules);
    staff = actor("staff");
    hodm = actor("hodm");
  }

  Actor actor(String username) {
    var p = people.lookUp(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  long approvedPost(long account, String text, Instant when) {
    long id = composing.create(staff, new PostInput.Draft(account, text, List.of(), when));
    approval.submit(staff, id);
    approval.approve(hodm, id, null);
    return id;
  }

  int recordsWith(BlueskyPds pds, BlueskyPds.TestAccount a, String text) {
    JsonNode records = pds.query("com.atproto.repo.listRecords", Map.of("repo", a.did(), "collection", "app.bsky.feed.post"));
    int n = 0;
    for (JsonNode r : records.get("records")) {
      if (r.get("value").get("text").asString().equals(text)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theJobPublishesAScheduledPostWhenItsTimeComesAndOnlyOnce(BlueskyPds pds) {
    BlueskyPds.TestAccount bsky = pds.createAccount("job");
    long account = accounts.create("bluesky", "Creative Arts job test", bsky.handle(), bsky.server().toString(),
        bsky.appPassword(), true, clock.instant(), "staff");
    Instant when = clock.instant().plus(Duration.ofMinutes(30));
    // A departmental account: the pack in force (CCCG) requires its tag in every post (CON-12).
    String text = "Scheduled: the summer show opens at 6pm @CapitalCCG " + System.nanoTime();
    long id = approvedPost(account, text, when);
    assertThat(views.view(staff, id).post().state()).isEqualTo(PostState.SCHEDULED);
    publishing.publishDue();
    assertThat(views.view(staff, id).post().state()).isEqualTo(PostState.SCHEDULED);
    assertThat(recordsWith(pds, bsky, text)).isZero();
    clock.advance(Duration.ofMinutes(31));
    try {
      publishing.publishDue();
      publishing.publishDue();
    } finally {
      clock.advance(Duration.ofMinutes(-31));
    }
    Post post = views.view(staff, id).post();
    assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
    assertThat(post.platformId()).startsWith("at://");
    assertThat(post.publishVerdict()).isEqualTo("pass");
    assertThat(recordsWith(pds, bsky, text)).isEqualTo(1);
    // Publishing again is refused: a post goes out once.
    assertThatThrownBy(() -> publishing.publish(staff, id)).hasMessageContaining("already published");
    assertThat(recordsWith(pds, bsky, text)).isEqualTo(1);
    // The sync finds nothing new: Steward's own post is already in the archive.
    assertThat(sync.sync(account).postsFound()).isZero();
  }

  @Test
  void aRefusedSignInFailsThePostWithThePlatformsReason(BlueskyPds pds) {
    BlueskyPds.TestAccount bsky = pds.createAccount("refused");
    long account = accounts.create("bluesky", "Creative Arts wrong password", bsky.handle(), bsky.server().toString(),
        "wrong-app-password", false, clock.instant(), "staff");
    long id = composing.create(staff, new PostInput.Draft(account, "A post that cannot go out", List.of(), null));
    approval.submit(staff, id);
    assertThat(publishing.publish(staff, id)).isEqualTo(PostState.FAILED);
    Post post = views.view(staff, id).post();
    assertThat(post.state()).isEqualTo(PostState.FAILED);
    assertThat(post.failureReason()).isNotBlank().doesNotContain("wrong-app-password").containsIgnoringCase("sign");
    assertThat(jdbc.sql("select count(*) from notifications where link = ? and message like '%could not be published%'")
        .param("/posts/" + id).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aPlatformThatDoesNotAnswerIsTriedAgainWithDoublingWaitsThenTheLastAttemptFails() {
    long account = accounts.create("bluesky", "Creative Arts unreachable", "unreachable.test", "http://127.0.0.1:1",
        "some-app-password", false, clock.instant(), "staff");
    long id = composing.create(staff, new PostInput.Draft(account, "Nobody is listening", List.of(), null));
    approval.submit(staff, id);
    assertThat(publishing.publish(staff, id)).isEqualTo(PostState.SCHEDULED);
    Post first = views.view(staff, id).post();
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isAfter(clock.instant());
    Duration moved = Duration.ZERO;
    try {
      for (int i = 0; i < 10 && views.view(staff, id).post().state() == PostState.SCHEDULED; i++) {
        Duration wait = Duration.between(clock.instant(), views.view(staff, id).post().nextAttemptAt()).plusSeconds(1);
        clock.advance(wait);
        moved = moved.plus(wait);
        publishing.publishDue();
      }
    } finally {
      clock.advance(moved.negated());
    }
    Post last = views.view(staff, id).post();
    assertThat(last.state()).isEqualTo(PostState.FAILED);
    assertThat(last.attempts()).isEqualTo(5);
    assertThat(last.failureReason()).isNotBlank();
    // The waits doubled: one minute, then 2, 4 and 8 (15 minutes and a few seconds in all).
    assertThat(moved).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(16));
  }

  @Test
  void theSyncArchivesAPostMadeOutsideStewardAndFlagsIt(BlueskyPds pds) {
    BlueskyPds.TestAccount bsky = pds.createAccount("outside");
    long account = accounts.create("bluesky", "Creative Arts sync test", bsky.handle(), bsky.server().toString(),
        bsky.appPassword(), false, clock.instant(), "staff");
    connectors.forPlatform("bluesky").publish(bsky.credentials(),
        PublishRequest.text("outside-1", clock.instant(), "Posted from the phone app, not through Steward"));
    PostSync.Outcome outcome = sync.sync(account);
    assertThat(outcome.error()).isNull();
    assertThat(outcome.postsFound()).isEqualTo(1);
    var line = views.archive(staff, account).stream().filter(l -> l.post().origin().equals("outside")).findFirst().orElseThrow();
    assertThat(line.post().state()).isEqualTo(PostState.PUBLISHED);
    assertThat(line.post().text()).isEqualTo("Posted from the phone app, not through Steward");
    assertThat(views.view(staff, line.post().id()).history().get(0).event().note()).isEqualTo("Published outside Steward");
    assertThat(jdbc.sql("select count(*) from notifications where message like '%without going through Steward%'"
        + " and person_id = ?").param(staff.personId()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select count(*) from account_posts where account_id = ? and source = 'connector'")
        .param(account).query(Long.class).single()).isEqualTo(1);
    // A second sync finds nothing new.
    assertThat(sync.sync(account).postsFound()).isZero();
  }

  static final String OUTBOX = """
      {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
       "totalItems": 1, "orderedItems": [
        {"id": "https://mastodon.example/users/college/statuses/211/activity", "type": "Create",
         "actor": "https://mastodon.example/users/college", "published": "2026-11-02T09:00:00Z",
         "object": {"id": "https://mastodon.example/users/college/statuses/211", "type": "Note",
           "published": "2026-11-02T09:00:00Z", "url": "https://mastodon.example/@college/211",
           "attributedTo": "https://mastodon.example/users/college",
           "content": "<p>Open evening on Thursday, all welcome</p>",
           "attachment": [{"type": "Document", "mediaType": "image/jpeg", "url": "/m/hall.jpg", "name": "The main hall"}]}}]}
      """;

  @Test
  void anArchiveIsImportedOnceAndABrokenOneImportsNothing() {
    long account = accounts.create("mastodon", "Creative Arts on Mastodon", "college@mastodon.example",
        "https://mastodon.example", null, false, clock.instant(), "staff");
    long before = jdbc.sql("select count(*) from posts").query(Long.class).single();
    String broken = OUTBOX.replace("\"totalItems\": 1,", "\"totalItems\": 1,, ");
    assertThatThrownBy(() -> imports.importArchive(staff, account, "mastodon", stream(broken)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("file"));
          assertThat(e.detail()).contains("line", "Nothing was imported");
        });
    assertThat(jdbc.sql("select count(*) from posts").query(Long.class).single()).isEqualTo(before);
    assertThatThrownBy(() -> imports.importArchive(staff, null, "myspace", null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("account", "format", "file"));

    PostImports.Result r = imports.importArchive(staff, account, "mastodon", stream(OUTBOX));
    assertThat(r.imported()).isEqualTo(1);
    assertThat(imports.importArchive(staff, account, "mastodon", stream(OUTBOX)).alreadyThere()).isEqualTo(1);
    var line = views.archive(staff, account).get(0);
    assertThat(line.post().origin()).isEqualTo("import");
    assertThat(line.post().platformUrl()).isEqualTo("https://mastodon.example/@college/211");
    assertThat(views.view(staff, line.post().id()).media()).singleElement()
        .satisfies(m -> assertThat(m.altText()).isEqualTo("The main hall"));
    assertThat(jdbc.sql("select count(*) from account_posts where account_id = ? and source = 'import'")
        .param(account).query(Long.class).single()).isEqualTo(1);
    // Only the account's managers and marketing import its archive.
    assertThatThrownBy(() -> imports.importArchive(actor("dsl"), account, "mastodon", stream(OUTBOX)))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
