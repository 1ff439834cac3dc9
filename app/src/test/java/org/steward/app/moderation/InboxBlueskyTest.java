package org.steward.app.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.connectors.ConnectorRegistry;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.RemotePost;
import org.steward.app.connectors.support.BlueskyPds;
import org.steward.app.people.PeopleService;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;

/**
 * The inbox against the real Bluesky PDS: another account replies abusively to an official post
 * and a parent complains civilly; the sync brings both in once, the abuse first and hidden with the
 * threadgate, the complaint marked as needing a reply and never hidden; the reply is checked, goes
 * out through the connector as a reply on the PDS, and lands within the target.
 */
@SpringBootTest(properties = {"steward.demo-data=true", InboxTests.PROPS_KEY, "db-scheduler.enabled=false"})
@Import(AccountTestConfig.class)
@ExtendWith(BlueskyPds.class)
class InboxBlueskyTest {
  @Autowired JdbcClient jdbc;
  @Autowired CredentialVault vault;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PeopleService people;
  @Autowired ConnectorRegistry connectors;
  @Autowired InboxSync sync;
  @Autowired InboxViews views;
  @Autowired InboxModeration moderation;
  @Autowired InboxItems items;
  @Autowired MutableClock clock;

  @Test
  @Clause({"SAF-7", "SAF-8"})
  void anAbusiveReplyArrivesFirstAndIsHiddenAndACivilComplaintIsAnsweredWithinTheTarget(BlueskyPds pds) {
    clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(InboxTests.LONDON).toInstant());
    BlueskyPds.TestAccount office = pds.createAccount("inboxoffice");
    BlueskyPds.TestAccount troll = pds.createAccount("inboxtroll");
    BlueskyPds.TestAccount parent = pds.createAccount("inboxparent");
    var bluesky = connectors.forPlatform("bluesky");
    RemotePost official = bluesky.publish(office.credentials(), PublishRequest.text(UUID.randomUUID().toString(),
        Instant.now(), "Results day is Thursday: doors open at 9am")).post();
    RemotePost abuse = bluesky.publish(troll.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "you are a pathetic loser and everyone hates you, nobody wants you here, just leave", List.of(),
        official.platformId())).post();
    RemotePost complaint = bluesky.publish(parent.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "I waited 40 minutes at reception last results day and nobody could help. Really disappointing.",
        List.of(), official.platformId())).post();

    var fixture = new InboxFixture(jdbc, vault, transactions, people);
    long account = fixture.account("bluesky", "Results office", office.handle(), office.server().toString(),
        office.appPassword(), clock.instant(), "staff");
    var staff = fixture.actor("staff");

    var outcome = sync.sync(account);
    assertThat(outcome.error()).isNull();
    assertThat(outcome.arrived()).hasSize(2);
    assertThat(sync.sync(account).arrived()).isEmpty(); // seen twice, kept once

    var rows = views.ofAccount(staff, account, true).rows();
    assertThat(rows).extracting(r -> r.item().platformId()).containsExactly(abuse.platformId(), complaint.platformId());
    InboxItem abusive = items.find(rows.get(0).item().id()).orElseThrow();
    InboxItem civil = items.find(rows.get(1).item().id()).orElseThrow();
    assertThat(abusive.triage()).isEqualTo(Triage.ABUSE);
    assertThat(abusive.hiddenAt()).isNotNull();
    assertThat(civil.triage()).isEqualTo(Triage.NEEDS_REPLY);
    assertThat(civil.hiddenAt()).isNull();

    JsonNode gate = pds.query("com.atproto.repo.getRecord", Map.of("repo", office.did(),
        "collection", "app.bsky.feed.threadgate", "rkey", official.platformId().substring(official.platformId().lastIndexOf('/') + 1))).path("value");
    List<String> hidden = new ArrayList<>();
    gate.path("hiddenReplies").forEach(n -> hidden.add(n.stringValue()));
    assertThat(hidden).containsExactly(abuse.platformId());

    clock.advance(Duration.ofMinutes(45));
    String answer = "We are sorry you waited. This year there is a results desk by the entrance from 9am.";
    var replied = moderation.reply(staff, civil.id(), answer);
    assertThat(replied.sent()).isTrue();
    moderation.reply(staff, civil.id(), answer); // the same reply twice posts once
    JsonNode records = pds.query("com.atproto.repo.listRecords", Map.of("repo", office.did(),
        "collection", "app.bsky.feed.post"));
    int found = 0;
    for (JsonNode r : records.get("records")) {
      if (r.get("value").get("text").asString().equals(answer)) {
        found++;
        assertThat(r.get("value").get("reply").get("parent").get("uri").asString()).isEqualTo(complaint.platformId());
      }
    }
    assertThat(found).isEqualTo(1);
    InboxItem answered = items.find(civil.id()).orElseThrow();
    assertThat(answered.firstResponseAt()).isBefore(answered.dueAt());
    assertThat(views.ofAccount(staff, account, true).rows().get(1).overdue()).isFalse();
    // The account's own answer, now a reply in the thread, is not an inbox item; a new reply by
    // another account is, and it is the inbox that reads it (posts' sync keeps no replies: decision 0111).
    RemotePost more = bluesky.publish(parent.credentials(), new PublishRequest(UUID.randomUUID().toString(),
        Instant.now(), "Thanks, that helps. Is there parking on the day?", List.of(), official.platformId())).post();
    assertThat(sync.sync(account).arrived()).extracting(InboxItem::platformId).containsExactly(more.platformId());
  }
}
