package org.steward.app.policies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.Unit;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.NotFound;

/**
 * Acknowledgements (DOC-5): everyone in the audience of the version in force for them is asked to
 * read and confirm it; they confirm once per version (a new version asks again); reminders go out
 * every {@code acknowledgements.remind-every}; the dashboard shows by unit and by role who has and
 * who has not, and each person's record lists what they confirmed and when.
 */
@Service
class PolicyAcknowledging {
  private final PoliciesInForce policies;
  private final AcknowledgementRecords records;
  private final PolicyVersions versions;
  private final PolicyGuards guards;
  private final PeopleService people;
  private final OrganisationService organisation;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  PolicyAcknowledging(PoliciesInForce policies, AcknowledgementRecords records, PolicyVersions versions,
      PolicyGuards guards, PeopleService people, OrganisationService organisation, Notifications notifications,
      AuditTrail audit, Clock clock) {
    this.policies = policies;
    this.records = records;
    this.versions = versions;
    this.guards = guards;
    this.people = people;
    this.organisation = organisation;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** The version in force for {@code actor} that they have not confirmed yet, if any. */
  Optional<PolicyInForce> waitingFor(Actor actor) {
    if (actor.personId() == null) {
      return Optional.empty();
    }
    return policies.forActor(actor).filter(p -> !records.acknowledged(p.versionId(), actor.personId()));
  }

  /** When {@code actor} confirmed the version in force of {@code packId}, if they did. */
  Optional<Instant> acknowledgedAt(Actor actor, long versionId) {
    return actor.personId() == null ? Optional.empty()
        : Optional.ofNullable(records.of(versionId).get(actor.personId()));
  }

  /**
   * Records that {@code actor} read and confirmed the version of {@code packId} in force for them.
   * Confirming twice changes nothing.
   *
   * @throws IllegalTransition when {@code packId} is not the policy in force for them
   */
  @Transactional
  public PolicyInForce acknowledge(Actor actor, String packId) {
    if (actor.personId() == null) {
      throw new IllegalTransition("Only a person can confirm a policy.");
    }
    PolicyInForce mine = policies.forActor(actor).orElseThrow(() -> new IllegalTransition(
        "No policy is in force for you yet, so there is nothing to confirm."));
    if (!mine.packId().equals(packId)) {
      policies.byId(packId).orElseThrow(() -> new NotFound("There is no policy " + packId + " in force."));
      throw new IllegalTransition("This is not the policy in force for you: yours is " + mine.title() + ".");
    }
    if (records.acknowledge(mine.versionId(), actor.personId(), clock.instant())) {
      audit.record(actor, "policy.acknowledged", "policy-version", Long.toString(mine.versionId()), null);
    }
    return mine;
  }

  /** Everyone for whom {@code v}'s pack is in force, with their audience. */
  List<Person> audience(PolicyVersion v) {
    Map<String, Optional<PolicyInForce>> byPlace = new HashMap<>();
    List<Person> out = new ArrayList<>();
    for (Person p : people.everyoneEnabled()) {
      Optional<Audience> audience = PoliciesInForce.audienceOf(p);
      if (audience.isEmpty()) {
        continue;
      }
      Optional<PolicyInForce> there = byPlace.computeIfAbsent(p.unitId() + "/" + audience.get(),
          k -> policies.forUnit(p.unitId(), audience.get()));
      if (there.isPresent() && there.get().versionId() == v.id()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Asks everyone in {@code v}'s audience who has not confirmed it to read and confirm it. */
  void askEveryone(PolicyVersion v) {
    Map<Long, Instant> done = records.of(v.id());
    List<Long> ask = audience(v).stream().map(Person::id).filter(id -> !done.containsKey(id)).toList();
    if (ask.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    notifications.notify(ask, "Please read and confirm " + v.title() + " (version " + v.version() + ")",
        "/policies/" + v.packId() + "/acknowledge");
    ask.forEach(id -> records.recordReminder(v.id(), id, now));
  }

  /**
   * Reminds everyone who has not confirmed the version in force for them, at most every {@code
   * acknowledgements.remind-every} of its pack. Returns how many were reminded.
   */
  @Transactional
  public int remind() {
    Instant now = clock.instant();
    int sent = 0;
    for (PolicyInForce p : policies.all()) {
      Duration every = p.settings().duration(PolicyDeclarations.REMIND_EVERY).orElse(Duration.ofDays(7));
      Map<Long, Instant> done = records.of(p.versionId());
      Map<Long, Instant> reminded = records.reminded(p.versionId());
      List<Long> due = new ArrayList<>();
      for (Person person : audience(p.version())) {
        Instant last = reminded.get(person.id());
        if (!done.containsKey(person.id()) && (last == null || !last.plus(every).isAfter(now))) {
          due.add(person.id());
        }
      }
      if (!due.isEmpty()) {
        notifications.notify(due, "Reminder: please read and confirm " + p.title() + " (version "
            + p.version().version() + ")", "/policies/" + p.packId() + "/acknowledge");
        due.forEach(id -> records.recordReminder(p.versionId(), id, now));
        sent += due.size();
      }
    }
    return sent;
  }

  /** One person on the dashboard. */
  record Row(long personId, String name, String unit, String roles, Instant acknowledgedAt, Instant lastAsked) {
    public boolean done() {
      return acknowledgedAt != null;
    }
  }

  /** Confirmed and not yet, for one unit or one role. */
  record Tally(String name, int confirmed, int waiting) {
    public int total() {
      return confirmed + waiting;
    }
  }

  /** Who has and who has not confirmed the version in force of a pack (optionally one unit's part). */
  record Dashboard(PolicyInForce policy, int confirmed, int waiting, List<Tally> byUnit, List<Tally> byRole,
      List<Row> notYet, List<Row> done, Map<Long, String> units, Long unitFilter) {}

  @Transactional(readOnly = true)
  public Dashboard dashboard(Actor actor, String packId, Long unitFilter) {
    PolicyInForce p = policies.byId(packId).orElseThrow(() -> new NotFound("There is no policy " + packId + " in force."));
    if (!guards.maySeeDashboard(actor, packId)) {
      throw guards.refuse(actor, "policy-pack", packId, "see who has acknowledged",
          "Only administrators, the policy's owners and heads of school or service see who has acknowledged it.");
    }
    Map<Long, Unit> units = organisation.unitsById();
    List<Long> scope = guards.mayManage(actor, packId) ? null
        : actor.unitsFor(Role.HEAD_OF_UNIT).stream().flatMap(u -> units.keySet().stream()
            .filter(x -> organisation.within(x, u))).distinct().toList();
    Map<Long, Instant> done = records.of(p.versionId());
    Map<Long, Instant> asked = records.reminded(p.versionId());
    List<Row> rows = new ArrayList<>();
    for (Person person : audience(p.version())) {
      if ((scope != null && !scope.contains(person.unitId()))
          || (unitFilter != null && !organisation.within(person.unitId(), unitFilter))) {
        continue;
      }
      Unit u = units.get(person.unitId());
      rows.add(new Row(person.id(), person.displayName(), u == null ? "" : u.name(), roles(person),
          done.get(person.id()), asked.get(person.id())));
    }
    rows.sort(Comparator.comparing(Row::unit).thenComparing(Row::name));
    Map<String, int[]> byUnit = new TreeMap<>();
    Map<String, int[]> byRole = new TreeMap<>();
    for (Row r : rows) {
      byUnit.computeIfAbsent(r.unit(), k -> new int[2])[r.done() ? 0 : 1]++;
      for (String role : r.roles().split(", ")) {
        byRole.computeIfAbsent(role, k -> new int[2])[r.done() ? 0 : 1]++;
      }
    }
    Map<Long, String> unitChoices = new LinkedHashMap<>();
    units.values().stream().filter(u -> scope == null || scope.contains(u.id()))
        .sorted(Comparator.comparing(Unit::name)).forEach(u -> unitChoices.put(u.id(), u.name()));
    int confirmed = (int) rows.stream().filter(Row::done).count();
    return new Dashboard(p, confirmed, rows.size() - confirmed, tallies(byUnit), tallies(byRole),
        rows.stream().filter(r -> !r.done()).toList(), rows.stream().filter(Row::done).toList(), unitChoices, unitFilter);
  }

  private static List<Tally> tallies(Map<String, int[]> counts) {
    return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  private static String roles(Person p) {
    List<String> labels = p.roles().stream().map(RoleGrant::role).distinct().map(Role::label).toList();
    return labels.isEmpty() ? (p.kind().name().equals("LEARNER") ? Role.LEARNER.label() : Role.STAFF.label())
        : String.join(", ", labels);
  }

  /** One version a person confirmed. */
  record Confirmed(String packId, String title, String version, long versionId, Instant at) {}

  /** A person's record: the policy in force for them, whether they confirmed it, and everything they confirmed. */
  record PersonRecord(Person person, PolicyInForce current, Instant currentAcknowledgedAt, List<Confirmed> confirmed) {}

  @Transactional(readOnly = true)
  public PersonRecord recordOf(Actor actor, long personId) {
    boolean self = actor.personId() != null && actor.personId() == personId;
    if (!self && !guards.administrator(actor) && !(actor.holds(Role.HR) && !actor.holds(Role.LEARNER))) {
      throw guards.refuse(actor, "person", Long.toString(personId), "see policy acknowledgements",
          "Only the person, HR and administrators see a person's acknowledgements.");
    }
    Person person = people.get(Actor.SYSTEM, personId).orElseThrow(() -> new NotFound("There is no person " + personId + "."));
    Optional<PolicyInForce> current = policies.forPerson(personId);
    List<Confirmed> confirmed = new ArrayList<>();
    for (AcknowledgementRecords.Acknowledgement a : records.ofPerson(personId)) {
      versions.find(a.versionId()).ifPresent(v -> confirmed.add(new Confirmed(v.packId(), v.title(), v.version(), v.id(), a.at())));
    }
    return new PersonRecord(person, current.orElse(null),
        current.map(c -> records.of(c.versionId()).get(personId)).orElse(null), confirmed);
  }
}
