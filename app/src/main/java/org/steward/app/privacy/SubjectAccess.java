package org.steward.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;

/**
 * Subject access (UK GDPR Art. 15): the data protection officer records a request on the day it
 * was received; it is due one calendar month later (Art. 12(3); when the next month has no such
 * day, its last day), or three months when extended for a complex request. The export is built
 * from every feature's {@code PersonalData}; each export is audited.
 */
@Service
public class SubjectAccess {
  static final String FEATURE = "privacy";
  static final String TYPE = "subject-access-request";

  private final PrivacyTables tables;
  private final PersonalDataSources sources;
  private final PeopleService people;
  private final AuditTrail audit;
  private final RefusalAudit refusals;
  private final Clock clock;

  SubjectAccess(PrivacyTables tables, PersonalDataSources sources, PeopleService people, AuditTrail audit,
      RefusalAudit refusals, Clock clock) {
    this.tables = tables;
    this.sources = sources;
    this.people = people;
    this.audit = audit;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** The request with its subject's name and how many days are left (negative: overdue). */
  public record View(SubjectAccessRequest request, String subjectName, long daysLeft) {}

  /** Records a request; {@code receivedOn} is an ISO date (today when blank). */
  @Transactional
  public long open(Actor actor, String subject, String receivedOn) {
    requireDpo(actor, "0", "open a subject access request");
    List<FieldProblem> problems = new ArrayList<>();
    Person person = null;
    if (subject == null || subject.isBlank()) {
      problems.add(new FieldProblem("subject", "Enter the username or e-mail address of the person asking"));
    } else {
      person = people.lookUp(subject).orElse(null);
      if (person == null) {
        problems.add(new FieldProblem("subject", "There is nobody with that username or e-mail address"));
      }
    }
    LocalDate received = today();
    if (receivedOn != null && !receivedOn.isBlank()) {
      try {
        received = LocalDate.parse(receivedOn.strip());
        if (received.isAfter(today())) {
          problems.add(new FieldProblem("receivedOn", "The date received cannot be in the future"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("receivedOn", "Enter the date received, for example 2026-12-01"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    long id = tables.insertSar(person.id(), received, received.plusMonths(1), actor.personId(), clock.instant());
    audit.record(actor, "subject-access.opened", TYPE, Long.toString(id), null);
    return id;
  }

  @Transactional(readOnly = true)
  public List<View> list(Actor actor) {
    requireDpo(actor, "0", "list subject access requests");
    return tables.sars().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public View get(Actor actor, long id) {
    requireDpo(actor, Long.toString(id), "open subject access request");
    return view(find(id));
  }

  /** Everything Steward holds about the subject; audited as an export. */
  @Transactional
  public SubjectExport export(Actor actor, long id) {
    requireDpo(actor, Long.toString(id), "export subject access request");
    SubjectAccessRequest r = find(id);
    audit.record(actor, "subject-access.exported", TYPE, Long.toString(id), null);
    return sources.export(r.subjectId(), name(r.subjectId()));
  }

  /** Extends the deadline to three months from receipt (Art. 12(3)), once. */
  @Transactional
  public void extend(Actor actor, long id) {
    requireDpo(actor, Long.toString(id), "extend subject access request");
    SubjectAccessRequest r = find(id);
    if (!tables.extendSar(id, r.receivedOn().plusMonths(3))) {
      throw new IllegalTransition(r.open() ? "This request has already been extended." : "This request is completed.");
    }
    audit.record(actor, "subject-access.extended", TYPE, Long.toString(id), null);
  }

  @Transactional
  public void complete(Actor actor, long id) {
    requireDpo(actor, Long.toString(id), "complete subject access request");
    find(id);
    if (!tables.completeSar(id, actor.personId(), clock.instant())) {
      throw new IllegalTransition("This request is already completed.");
    }
    audit.record(actor, "subject-access.completed", TYPE, Long.toString(id), null);
  }

  /** Open requests, most urgent first (for the home page). */
  @Transactional(readOnly = true)
  List<View> open() {
    return tables.openSars().stream().map(this::view).toList();
  }

  private View view(SubjectAccessRequest r) {
    return new View(r, name(r.subjectId()), java.time.temporal.ChronoUnit.DAYS.between(today(), r.dueOn()));
  }

  private String name(long personId) {
    return people.get(Actor.SYSTEM, personId).map(Person::displayName).orElse("Person " + personId);
  }

  private SubjectAccessRequest find(long id) {
    return tables.sar(id).orElseThrow(() -> new NotFound("There is no subject access request " + id + "."));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
  }

  private void requireDpo(Actor actor, String id, String attempted) {
    if (!actor.isSystem() && !actor.holds(Role.DATA_PROTECTION_OFFICER)) {
      throw refusals.refuse(actor, FEATURE, TYPE, id, attempted,
          "Only the data protection officer handles subject access requests.");
    }
  }
}
