package org.steward.app.privacy;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.NotFound;

/**
 * Erasure (Art. 17): every feature's {@code PersonalData} erases what it holds, in one transaction,
 * people last (their name, e-mail, username and date of birth). The audit trail keeps its entries,
 * which name people by id only; the reasons written by or about the person are erased (they are
 * outside the hashed payload), so {@code verify} still passes (decision 0090). Only the data
 * protection officer erases, and only someone already marked as left (so no account, session or
 * role still needs them).
 */
@Service
public class Erasure {
  private final PersonalDataSources sources;
  private final PeopleService people;
  private final PrivacyTables tables;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Clock clock;

  Erasure(PersonalDataSources sources, PeopleService people, PrivacyTables tables, AuditTrail audit,
      RefusalAudit refusals, Clock clock) {
    this.sources = sources;
    this.people = people;
    this.tables = tables;
    this.audit = audit;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** Erases the person everywhere; returns how many records changed. */
  @Transactional
  public int erase(Actor actor, long personId) {
    if (!actor.isSystem() && !actor.holds(Role.DATA_PROTECTION_OFFICER)) {
      throw refusals.refuse(actor, "privacy", "person", Long.toString(personId), "erase person",
          "Only the data protection officer erases a person's data.");
    }
    Person person = people.get(Actor.SYSTEM, personId)
        .orElseThrow(() -> new NotFound("There is no person " + personId + "."));
    if (tables.erased(personId)) {
      throw new IllegalTransition("This person's data has already been erased.");
    }
    if (person.enabled()) {
      throw new IllegalTransition(person.displayName() + " has not been marked as left. HR marks them as left first,"
          + " so they come off every account and can no longer sign in.");
    }
    int n = sources.erase(actor, personId);
    tables.logErasure(personId, actor.isSystem() ? 0 : actor.personId(), clock.instant(), n);
    // After the features erased: this entry carries no reason, so it adds no personal data.
    audit.record(actor, "person.erased", "person", Long.toString(personId), null);
    return n;
  }

  /** Whether the person's data has been erased. */
  public boolean erased(long personId) {
    return tables.erased(personId);
  }
}
