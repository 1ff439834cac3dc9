package org.steward.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Actor;
import org.steward.engine.Clause;

/**
 * The audit trail's behaviour, run once on H2 and once on PostgreSQL by the subclasses. Tampering
 * is done the way an intruder with database access would: plain SQL on the tables.
 *
 * <p>ACC-6 and PER-9 say every reveal of a credential and every look at a monitored account is
 * logged: these tests prove such a log cannot be edited, cut or reordered unnoticed, and that an
 * entry commits exactly when the change it records does.
 */
@Clause({"ACC-6", "PER-9"})
abstract class AuditTrailTests {
  static final Actor ADMIN =
      new Actor(7L, "Test administrator", List.of(new RoleGrant(Role.ADMINISTRATOR, null)));
  static final Actor STAFF = new Actor(8L, "Test staff", List.of(new RoleGrant(Role.STAFF, null)));

  @Autowired AuditTrail audit;
  @Autowired AuditVerifier verifier;
  @Autowired AuditErasure erasure;
  @Autowired AuditEntries entries;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  TransactionTemplate tx;

  @BeforeEach
  void emptyTrail() {
    tx = new TransactionTemplate(transactions);
    jdbc.sql("delete from audit_entries").update();
    jdbc.sql("update audit_head set last_seq = 0, last_hash = ? where id = 1")
        .param(AuditChain.GENESIS).update();
  }

  /** Records {@code n} entries, each in its own transaction, about persons 1..n. */
  void recordEntries(int n) {
    for (int i = 1; i <= n; i++) {
      String id = Integer.toString(i);
      tx.executeWithoutResult(s -> audit.record(ADMIN, "person.added", "person", id,
          "Test reason " + id));
    }
  }

  @Test
  void anEmptyTrailIsIntact() {
    assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(0, AuditChain.GENESIS));
  }

  @Test
  void recordsWhoWhatWhichWhenAndWhyInAChain() {
    tx.executeWithoutResult(s -> audit.record(ADMIN, "person.added", "person", "42", "Joined"));
    tx.executeWithoutResult(s -> audit.record(Actor.SYSTEM, "person.imported", "person", "43", " "));

    List<AuditEntry> stored = entries.batch(0, Long.MAX_VALUE, 10);
    assertThat(stored).hasSize(2);
    AuditEntry first = stored.get(0);
    AuditEntry second = stored.get(1);
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.actorId()).isEqualTo(7L);
    assertThat(first.action()).isEqualTo("person.added");
    assertThat(first.objectType()).isEqualTo("person");
    assertThat(first.objectId()).isEqualTo("42");
    assertThat(first.reason()).isEqualTo("Joined");
    assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(second.actorId()).as("the system has no person id").isNull();
    assertThat(second.reason()).as("a blank reason is no reason").isNull();
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(entries.head()).isEqualTo(new AuditHead(2, second.hash()));

    VerificationReport report = verifier.verify();
    assertThat(report.ok()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(2);
    assertThat(report.headHash()).isEqualTo(second.hash());
  }

  @Test
  void keepsTheHashValidAcrossTheDatabaseRoundTripOfSubMicrosecondTimes() {
    Clock nanos = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);
    AuditTrail trail = new JdbcAuditTrail(entries, nanos);
    tx.executeWithoutResult(s -> trail.record(ADMIN, "person.added", "person", "1", null));

    assertThat(entries.batch(0, 1, 1).get(0).occurredAt())
        .isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void detectsAnEditedEntry() {
    recordEntries(5);
    jdbc.sql("update audit_entries set action = 'person.removed' where seq = 3").update();

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenSeq()).isEqualTo(3);
    assertThat(report.entriesChecked()).isEqualTo(3);
    assertThat(report.problem()).isEqualTo("Entry 3 was changed after it was written.");
  }

  @Test
  void detectsAnEditedTimeOrActor() {
    recordEntries(3);
    jdbc.sql("update audit_entries set actor_id = 99 where seq = 2").update();
    assertThat(verifier.verify().firstBrokenSeq()).isEqualTo(2);

    emptyTrail();
    recordEntries(3);
    jdbc.sql("update audit_entries set occurred_at = ? where seq = 2")
        .param(OffsetDateTime.parse("2020-01-01T00:00:00Z")).update();
    assertThat(verifier.verify().firstBrokenSeq()).isEqualTo(2);
  }

  @Test
  void detectsAnEditedReason() {
    recordEntries(4);
    jdbc.sql("update audit_entries set reason = 'Something else' where seq = 2").update();

    VerificationReport report = verifier.verify();

    assertThat(report.firstBrokenSeq()).isEqualTo(2);
    assertThat(report.problem())
        .isEqualTo("Entry 2 was changed after it was written: its reason is not the one recorded.");
  }

  @Test
  void detectsAnEntryRewrittenWithAFreshHashAtTheNextLink() {
    recordEntries(5);
    AuditEntry third = entries.batch(2, 3, 1).get(0);
    AuditEntry forged = new AuditEntry(3, third.occurredAt(), third.actorId(), "person.removed",
        third.objectType(), third.objectId(), third.reason(), third.reasonSalt(),
        third.contentDigest(), third.prevHash(), null, false);
    jdbc.sql("update audit_entries set action = ?, hash = ? where seq = 3")
        .params(forged.action(), AuditChain.hash(forged, 3)).update();

    VerificationReport report = verifier.verify();

    assertThat(report.firstBrokenSeq()).isEqualTo(4);
    assertThat(report.problem()).startsWith("Entry 4 does not follow entry 3");
  }

  @Test
  void detectsADeletedEntry() {
    recordEntries(5);
    jdbc.sql("delete from audit_entries where seq = 3").update();

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenSeq()).isEqualTo(3);
    assertThat(report.problem()).isEqualTo("Entry 3 is missing (deleted).");
  }

  @Test
  void detectsTheFirstEntryDeleted() {
    recordEntries(3);
    jdbc.sql("delete from audit_entries where seq = 1").update();

    assertThat(verifier.verify().problem()).isEqualTo("Entry 1 is missing (deleted).");
  }

  @Test
  void detectsTheLastEntriesDeletedThroughTheHead() {
    recordEntries(5);
    jdbc.sql("delete from audit_entries where seq >= 4").update();

    VerificationReport report = verifier.verify();

    assertThat(report.firstBrokenSeq()).isEqualTo(4);
    assertThat(report.problem()).isEqualTo("Entries 4 to 5 are missing (deleted).");
  }

  @Test
  void detectsADeletionHiddenByRenumbering() {
    recordEntries(5);
    jdbc.sql("delete from audit_entries where seq = 3").update();
    jdbc.sql("update audit_entries set seq = seq - 1 where seq = 4").update();
    jdbc.sql("update audit_entries set seq = seq - 1 where seq = 5").update();
    jdbc.sql("update audit_head set last_seq = 4 where id = 1").update();

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void detectsAReorderedPair() {
    recordEntries(5);
    swap(2, 3);

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenSeq()).isEqualTo(2);
    assertThat(report.problem()).isEqualTo("Entries 2 and 3 are out of order.");
  }

  @Test
  void detectsAReorderedPairAtTheEnd() {
    recordEntries(4);
    swap(3, 4);

    assertThat(verifier.verify().problem()).isEqualTo("Entries 3 and 4 are out of order.");
  }

  @Test
  void detectsATamperedHead() {
    recordEntries(3);
    jdbc.sql("update audit_head set last_hash = ? where id = 1").param("f".repeat(64)).update();

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenSeq()).isEqualTo(3);
    assertThat(report.problem()).startsWith("The head of the trail does not match its last entry");
  }

  @Test
  void detectsAHeadMovedBackToHideTheLastEntry() {
    recordEntries(3);
    AuditEntry second = entries.batch(1, 2, 1).get(0);
    jdbc.sql("update audit_head set last_seq = 2, last_hash = ? where id = 1")
        .param(second.hash()).update();

    VerificationReport report = verifier.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.problem()).startsWith("The head of the trail does not match");
  }

  @Test
  void reportsOnlyTheFirstBrokenLink() {
    recordEntries(6);
    jdbc.sql("update audit_entries set object_id = '999' where seq = 5").update();
    jdbc.sql("update audit_entries set object_id = '999' where seq = 2").update();

    assertThat(verifier.verify().firstBrokenSeq()).isEqualTo(2);
  }

  @Test
  void verifiesATrailLongerThanOneBatch() {
    tx.executeWithoutResult(s -> {
      for (int i = 0; i < AuditVerifier.BATCH + 5; i++) {
        audit.record(Actor.SYSTEM, "person.imported", "person", Integer.toString(i), null);
      }
    });
    assertThat(verifier.verify().entriesChecked()).isEqualTo(AuditVerifier.BATCH + 5);

    swap(AuditVerifier.BATCH, AuditVerifier.BATCH + 1);
    assertThat(verifier.verify().firstBrokenSeq()).isEqualTo(AuditVerifier.BATCH);
  }

  @Test
  void anEntryRecordedInATransactionThatRollsBackLeavesNothing() {
    recordEntries(1);
    tx.executeWithoutResult(s -> {
      audit.record(ADMIN, "person.added", "person", "2", "Test reason");
      s.setRollbackOnly();
    });

    assertThat(jdbc.sql("select count(*) from audit_entries").query(Long.class).single())
        .isEqualTo(1);
    assertThat(entries.head().lastSeq()).isEqualTo(1);
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void recordingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> audit.record(ADMIN, "person.added", "person", "1", null))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(entries.head().lastSeq()).isZero();
  }

  @Test
  void concurrentAppendsFormOneValidChain() throws Exception {
    int perThread = 20;
    CountDownLatch start = new CountDownLatch(1);
    Callable<Void> writer = () -> {
      start.await();
      for (int i = 0; i < perThread; i++) {
        String id = Thread.currentThread().getName() + "-" + i;
        tx.executeWithoutResult(s -> audit.record(ADMIN, "person.added", "person", id, null));
      }
      return null;
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Void> a = pool.submit(writer);
      Future<Void> b = pool.submit(writer);
      start.countDown();
      a.get();
      b.get();
    } finally {
      pool.shutdown();
    }

    VerificationReport report = verifier.verify();
    assertThat(report.ok()).as(report.summary()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(2L * perThread);
  }

  @Test
  void erasingAReasonKeepsTheChainValidAndIsItselfAudited() {
    recordEntries(3);

    assertThat(erasure.eraseReason(ADMIN, 2)).isTrue();

    AuditEntry erased = entries.batch(1, 2, 1).get(0);
    assertThat(erased.erased()).isTrue();
    assertThat(erased.reason()).isNull();
    assertThat(erased.reasonSalt()).isNull();
    AuditEntry record = entries.batch(3, 4, 1).get(0);
    assertThat(record.action()).isEqualTo("audit.reason-erased");
    assertThat(record.objectId()).isEqualTo("2");
    assertThat(record.reason()).isNull();
    assertThat(verifier.verify().ok()).isTrue();
    assertThat(erasure.eraseReason(ADMIN, 2)).as("already erased").isFalse();
  }

  @Test
  void erasesEveryReasonAboutOneRecord() {
    tx.executeWithoutResult(s -> {
      audit.record(ADMIN, "person.added", "person", "42", "Test reason one");
      audit.record(ADMIN, "person.changed", "person", "42", "Test reason two");
      audit.record(ADMIN, "person.added", "person", "43", "Test reason three");
    });

    assertThat(erasure.eraseReasonsAbout(Actor.SYSTEM, "person", "42")).isEqualTo(2);

    assertThat(entries.withReasonAbout("person", "42")).isEmpty();
    assertThat(entries.withReasonAbout("person", "43")).containsExactly(3L);
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void onlyAnAdministratorOrTheDataProtectionOfficerMayErase() {
    recordEntries(1);

    assertThatThrownBy(() -> erasure.eraseReason(STAFF, 1))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(entries.batch(0, 1, 1).get(0).reason()).isEqualTo("Test reason 1");
  }

  @Test
  void detectsAReasonErasedWithoutRecord() {
    recordEntries(3);
    jdbc.sql("update audit_entries set reason = null, reason_salt = null, erased = true"
        + " where seq = 2").update();

    VerificationReport report = verifier.verify();

    assertThat(report.firstBrokenSeq()).isEqualTo(2);
    assertThat(report.problem())
        .isEqualTo("The reason of entry 2 was erased, but no erasure was recorded.");
  }

  /** Swaps the positions of two entries, as a reordering intruder would. */
  void swap(long a, long b) {
    jdbc.sql("update audit_entries set seq = -1 where seq = ?").param(a).update();
    jdbc.sql("update audit_entries set seq = ? where seq = ?").params(a, b).update();
    jdbc.sql("update audit_entries set seq = ? where seq = -1").param(b).update();
  }
}
