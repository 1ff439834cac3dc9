package org.steward.app.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from entry 1 to the head and reports the first broken link: a changed entry,
 * a missing one, a swapped pair, a head that does not match the last entry, or a reason erased
 * without the erasure being recorded. Reads in batches, so a long trail needs little memory.
 */
@Service
public class AuditVerifier {
  static final int BATCH = 1000;

  private final AuditEntries entries;

  AuditVerifier(AuditEntries entries) {
    this.entries = entries;
  }

  // One snapshot: entries appended while we read neither count nor confuse the head check.
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public VerificationReport verify() {
    AuditHead head = entries.head();
    Cursor cursor = new Cursor(head.lastSeq());
    String expectedPrev = AuditChain.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    TreeSet<Long> unrecordedErasures = new TreeSet<>();

    for (AuditEntry e = cursor.next(); e != null; e = cursor.next()) {
      checked++;
      if (e.seq() != expectedSeq) {
        return VerificationReport.broken(checked, expectedSeq, missing(expectedSeq, e.seq() - 1));
      }
      boolean linked = e.prevHash().equals(expectedPrev);
      boolean sealed = AuditChain.hash(e, e.seq()).equals(e.hash());
      if (!linked || !sealed) {
        AuditEntry next = cursor.peek();
        if (swapped(e, next, expectedPrev)) {
          return VerificationReport.broken(checked, e.seq(),
              "Entries " + e.seq() + " and " + next.seq() + " are out of order.");
        }
        if (!sealed) {
          return VerificationReport.broken(checked, e.seq(), changed(e.seq(), "."));
        }
        return VerificationReport.broken(checked, e.seq(), "Entry " + e.seq()
            + " does not follow entry " + (e.seq() - 1) + ": entry " + (e.seq() - 1)
            + " was rewritten, or an entry between them was removed.");
      }
      if (!e.erased() && !AuditChain.contentDigest(e.reason(), e.reasonSalt())
          .equals(e.contentDigest())) {
        return VerificationReport.broken(checked, e.seq(), changed(e.seq(),
            ": its reason is not the one recorded."));
      }
      if (e.erased()) {
        if (e.reason() != null) {
          return VerificationReport.broken(checked, e.seq(), changed(e.seq(),
              ": it is marked erased but still holds a reason."));
        }
        unrecordedErasures.add(e.seq());
      }
      if (AuditErasure.ERASED.equals(e.action()) && AuditErasure.ENTRY.equals(e.objectType())) {
        unrecordedErasures.remove(parseSeq(e.objectId()));
      }
      expectedPrev = e.hash();
      expectedSeq++;
    }

    long last = expectedSeq - 1;
    if (last < head.lastSeq()) {
      return VerificationReport.broken(checked, expectedSeq, missing(expectedSeq, head.lastSeq()));
    }
    if (!expectedPrev.equals(head.lastHash()) || entries.countAfter(head.lastSeq()) > 0) {
      return VerificationReport.broken(checked, last == 0 ? null : last,
          "The head of the trail does not match its last entry (" + last
              + "): the head was changed, or entries were removed from or added to the end.");
    }
    if (!unrecordedErasures.isEmpty()) {
      long seq = unrecordedErasures.first();
      return VerificationReport.broken(checked, seq, "The reason of entry " + seq
          + " was erased, but no erasure was recorded.");
    }
    return VerificationReport.intact(checked, head.lastHash());
  }

  /** Whether {@code e} and {@code next} are intact entries whose positions were swapped. */
  private static boolean swapped(AuditEntry e, AuditEntry next, String expectedPrev) {
    return next != null && next.seq() == e.seq() + 1
        && next.prevHash().equals(expectedPrev)
        && AuditChain.hash(next, e.seq()).equals(next.hash())
        && e.prevHash().equals(next.hash())
        && AuditChain.hash(e, next.seq()).equals(e.hash());
  }

  private static String changed(long seq, String detail) {
    return "Entry " + seq + " was changed after it was written" + detail;
  }

  private static String missing(long from, long to) {
    return from == to ? "Entry " + from + " is missing (deleted)."
        : "Entries " + from + " to " + to + " are missing (deleted).";
  }

  private static Long parseSeq(String objectId) {
    try {
      return Long.valueOf(objectId);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  /** Reads the chain in batches, with one entry of look-ahead for the swap check. */
  private final class Cursor {
    private final long maxSeq;
    private final Deque<AuditEntry> buffer = new ArrayDeque<>();
    private long readUpTo;
    private boolean exhausted;

    Cursor(long maxSeq) {
      this.maxSeq = maxSeq;
    }

    AuditEntry next() {
      fill();
      return buffer.pollFirst();
    }

    AuditEntry peek() {
      fill();
      return buffer.peekFirst();
    }

    private void fill() {
      if (buffer.isEmpty() && !exhausted) {
        var batch = entries.batch(readUpTo, maxSeq, BATCH);
        buffer.addAll(batch);
        exhausted = batch.size() < BATCH;
        if (!batch.isEmpty()) {
          readUpTo = batch.get(batch.size() - 1).seq();
        }
      }
    }
  }
}
