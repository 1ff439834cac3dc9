package org.steward.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.crypto.Envelope;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.PeopleService;

/**
 * Opens a case and writes its history, for every way a case starts (a public report, a member of
 * staff, a safeguarding signal). Runs in the caller's transaction: the case, its sealed details,
 * its first entry, the audit entry (ids only, never what the case says) and the notifications to
 * the people it is routed to commit together.
 */
@Component
class CaseFiling {
  private final CaseStore store;
  private final CaseCrypto crypto;
  private final CaseSettings settings;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final PeopleService people;
  private final Clock clock;

  CaseFiling(CaseStore store, CaseCrypto crypto, CaseSettings settings, AuditTrail audit,
      Notifications notifications, PeopleService people, Clock clock) {
    this.store = store;
    this.crypto = crypto;
    this.settings = settings;
    this.audit = audit;
    this.notifications = notifications;
    this.people = people;
    this.clock = clock;
  }

  /** How a case starts. {@code awareAt} null: now. */
  record Opening(CaseType type, Priority priority, String source, boolean anonymous, String receiptHash,
      Long accountId, Instant awareAt, CaseDetails details, String firstEntry) {}

  @Transactional(propagation = Propagation.MANDATORY)
  long open(Actor actor, Opening o) {
    Instant now = clock.instant();
    Instant aware = o.awareAt() == null || o.awareAt().isAfter(now) ? now : o.awareAt();
    Envelope.DataKey key = crypto.newKey();
    Instant triageDue = now.plus(settings.triageWithin(o.type()));
    Instant due = o.type() == CaseType.DATA_BREACH ? aware.plus(CaseSettings.BREACH_CLOCK)
        : now.plus(settings.resolveWithin(o.type()));
    long id = store.insert(new CaseStore.NewRow(o.type(), o.priority(), o.source(), o.anonymous(),
        o.receiptHash(), o.accountId(), now, aware, triageDue.isAfter(due) ? due : triageDue, due,
        key.masterKeyId(), key.wrappedKey()));
    store.sealDetails(id, crypto.seal(key, id, o.details()), now);
    store.addEntry(id, 1, EntryKind.REPORTED, actor.personId(), now, crypto.seal(key, id, 1, EntryKind.REPORTED,
        o.firstEntry() == null ? "" : o.firstEntry()));
    audit.record(actor, "case.opened", "case", Long.toString(id), null);
    notifications.notify(readers(o.type()), "A new case (" + o.type().label().toLowerCase(java.util.Locale.ROOT)
        + ") is waiting for you", "/cases/" + id);
    return id;
  }

  /** Adds an entry to a locked case, sealed under its key. */
  @Transactional(propagation = Propagation.MANDATORY)
  void addEntry(CaseRecord c, EntryKind kind, Long authorId, String text) {
    int seq = store.nextSeq(c.id());
    store.addEntry(c.id(), seq, kind, authorId, clock.instant(), crypto.seal(crypto.key(c), c.id(), seq, kind,
        text == null ? "" : text));
  }

  /** Everyone who holds a role the case type is routed to. */
  List<Long> readers(CaseType type) {
    List<Long> out = new ArrayList<>();
    for (Role r : type.readers()) {
      out.addAll(people.holders(r));
    }
    return out;
  }
}
