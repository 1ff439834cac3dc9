package org.steward.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.app.crypto.Envelope;
import org.steward.app.identity.Actor;
import org.steward.app.identity.FeaturePersonalData;
import org.steward.app.identity.PersonalRecord;

/**
 * Reports and cases' part (issue #13's tables, V80). Who reported is sealed with the rest of what
 * a case says, under the case's own data key, so the only way to find a person's reports is to open
 * each case here, in memory; nothing opened is written anywhere but back, sealed.
 *
 * <p>Export: the cases the person reported (their own words: the concern, what it is about, the
 * summary and link they gave) and their part in others (assigned to them, entries they wrote,
 * links they made), by reference, type and date only: what a case says about someone else, and the
 * notes written about a concern, are not theirs to receive (decision 0093).
 *
 * <p>Erasure: a case is the institution's safeguarding or conduct record and stays (UK GDPR Art.
 * 17(3)(b); its contents, evidence and history are kept). What ties it to the person goes: the
 * reporter's name, contact and person id are taken out of the sealed details, which are sealed
 * again under the same case key (the ciphertext stays bound to the case), and their id leaves the
 * assignee, entry author and link columns.
 */
@Component
@Order(35)
class CasePersonalData extends FeaturePersonalData {
  private final JdbcClient jdbc;
  private final CaseStore store;
  private final CaseCrypto crypto;
  private final Clock clock;

  CasePersonalData(JdbcClient jdbc, CaseStore store, CaseCrypto crypto, Clock clock) {
    super("Reports and cases", "cases", "case_entries", "case_links");
    this.jdbc = jdbc;
    this.store = store;
    this.crypto = crypto;
    this.clock = clock;
  }

  /** A case the person reported, opened. */
  private record Reported(CaseRecord c, Envelope.DataKey key, CaseDetails details) {}

  private List<Reported> reportedBy(long personId) {
    List<Reported> out = new ArrayList<>();
    for (long id : store.ids()) {
      CaseRecord c = store.find(id).orElse(null);
      if (c == null) {
        continue;
      }
      Envelope.DataKey key = crypto.key(c);
      CaseDetails d = crypto.open(key, c);
      if (d.reporter() != null && Long.valueOf(personId).equals(d.reporter().personId())) {
        out.add(new Reported(c, key, d));
      }
    }
    return out;
  }

  @Override
  public List<PersonalRecord> export(long personId) {
    List<PersonalRecord> out = new ArrayList<>();
    for (Reported r : reportedBy(personId)) {
      CaseDetails d = r.details();
      out.add(PersonalRecord.of("Concern you reported", r.c().reference(), r.c().openedAt(), "Type", r.c().type().code(),
          "Status", r.c().status().code(), "Concern", d.concern(), "About", d.subject(), "What you said", d.summary(),
          "Link", d.link(), "Your name as given", d.reporter().name(), "Your contact as given", d.reporter().contact()));
    }
    jdbc.sql("select id, type, status, opened_at from cases where assigned_to = ? order by id").param(personId)
        .query((rs, i) -> PersonalRecord.of("Case assigned to you", CaseRecord.reference(rs.getLong(1)),
            at(rs.getObject(4, OffsetDateTime.class)), "Type", rs.getString(2), "Status", rs.getString(3)))
        .list().forEach(out::add);
    jdbc.sql("select e.case_id, e.seq, e.kind, e.created_at from case_entries e where e.author_id = ? order by e.id")
        .param(personId).query((rs, i) -> PersonalRecord.of("Entry you wrote on a case (its text stays with the case)",
            CaseRecord.reference(rs.getLong(1)) + "/" + rs.getInt(2), at(rs.getObject(4, OffsetDateTime.class)),
            "Kind", rs.getString(3)))
        .list().forEach(out::add);
    jdbc.sql("select case_id, linked_case_id, linked_at from case_links where linked_by = ? and case_id < linked_case_id"
            + " order by linked_at").param(personId)
        .query((rs, i) -> PersonalRecord.of("Cases you linked", CaseRecord.reference(rs.getLong(1)),
            at(rs.getObject(3, OffsetDateTime.class)), "Linked to", CaseRecord.reference(rs.getLong(2))))
        .list().forEach(out::add);
    return out;
  }

  @Override
  public int erase(Actor actor, long personId) {
    int n = 0;
    Instant now = clock.instant();
    for (Reported r : reportedBy(personId)) {
      CaseDetails d = r.details();
      CaseDetails without = new CaseDetails(d.concern(), d.subject(), d.summary(), d.link(), null, d.evidence(), d.prevent());
      store.sealDetails(r.c().id(), crypto.seal(r.key(), r.c().id(), without), now);
      n++;
    }
    n += jdbc.sql("update cases set assigned_to = null where assigned_to = ?").param(personId).update();
    n += jdbc.sql("update case_entries set author_id = null where author_id = ?").param(personId).update();
    n += jdbc.sql("update case_links set linked_by = null where linked_by = ?").param(personId).update();
    return n;
  }
}
