package org.steward.app.policies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Unit;
import org.steward.engine.pack.PolicyPack;

/**
 * The one source of the packs in force (issue #10). Every feature asks here, never names a pack id:
 * the pack in force for a unit and an audience (a pack adopted for a unit is in force for everything
 * below it, unless a unit below adopts its own; a pack whose file names units is in force for them;
 * then the whole organisation's choice), for a person (their unit, staff or learner), for whoever
 * acts, or by id for a check that names one; and the typed settings of that pack.
 *
 * <p>A version is in force from its enforcement time: each call compares it with the clock, so a
 * version published for later takes effect then, on every node, without a restart. What is published
 * and adopted is read again only when it changed (one small query per call).
 */
@Service
public class PoliciesInForce {
  private static final Logger log = LoggerFactory.getLogger(PoliciesInForce.class);

  /** What is published and adopted, as of one state generation. */
  record Snapshot(long generation, List<PolicyVersion> versions, List<PolicyAdoptions.Adoption> adoptions,
      List<PolicyAdoptions.Owner> owners) {}

  private final PolicyVersions versions;
  private final PolicyAdoptions adoptions;
  private final PackReader reader;
  private final OrganisationService organisation;
  private final PeopleService people;
  private final Clock clock;
  private final Map<String, PackReader.Read> parsed = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot = new Snapshot(-1, List.of(), List.of(), List.of());

  PoliciesInForce(PolicyVersions versions, PolicyAdoptions adoptions, PackReader reader,
      OrganisationService organisation, PeopleService people, Clock clock) {
    this.versions = versions;
    this.adoptions = adoptions;
    this.reader = reader;
    this.organisation = organisation;
    this.people = people;
    this.clock = clock;
  }

  // --- the public API ---------------------------------------------------------------------------

  /**
   * The pack in force for {@code unitId} (null: no unit, the whole organisation's choice) and
   * {@code audience}, with the sentence that says why; empty when none is adopted there.
   */
  public Optional<PolicyInForce> forUnit(Long unitId, Audience audience) {
    Snapshot s = snapshot();
    Instant now = clock.instant();
    Map<String, PolicyInForce> inForce = inForce(s, now);
    Map<Long, Unit> units = unitId == null ? Map.of() : organisation.unitsById();
    List<Long> chain = unitId == null ? List.of() : organisation.ancestry(unitId);
    for (Long at : chain) {
      Unit unit = units.get(at);
      String where = unit == null ? "your unit" : unit.name();
      String within = at.equals(unitId) || unit == null ? "" : ", which " + name(units, unitId) + " is part of";
      for (PolicyAdoptions.Adoption a : s.adoptions()) {
        PolicyInForce p = inForce.get(a.packId());
        if (a.unitId() == at && a.audience() == audience && p != null && covers(p.pack(), audience)) {
          return Optional.of(p.because("Adopted for " + where + within + "."));
        }
      }
      if (unit != null) {
        Optional<PolicyInForce> named = inForce.values().stream()
            .filter(p -> covers(p.pack(), audience) && p.pack().metadata().units().stream()
                .anyMatch(code -> code.equalsIgnoreCase(unit.code())))
            .max(Comparator.comparing((PolicyInForce p) -> p.version().enforcedFrom())
                .thenComparing(p -> p.version().id()));
        if (named.isPresent()) {
          return Optional.of(named.get().because("Written for " + where + within + "."));
        }
      }
    }
    for (PolicyAdoptions.Adoption a : s.adoptions()) {
      PolicyInForce p = inForce.get(a.packId());
      if (a.wholeOrganisation() && a.audience() == audience && p != null && covers(p.pack(), audience)) {
        return Optional.of(p.because("Adopted for the whole organisation."));
      }
    }
    return Optional.empty();
  }

  /** The pack in force for this person: their unit, for staff or learners (none for external people). */
  public Optional<PolicyInForce> forPerson(long personId) {
    return people.get(Actor.SYSTEM, personId).flatMap(p -> audienceOf(p).flatMap(a -> forUnit(p.unitId(), a)));
  }

  /**
   * The pack in force for whoever acts: a person's own (their unit and audience); for someone the
   * directory does not know, the whole organisation's choice for learners or staff by their roles.
   */
  public Optional<PolicyInForce> forActor(Actor actor) {
    if (actor.personId() != null) {
      Optional<Person> person = people.get(Actor.SYSTEM, actor.personId());
      if (person.isPresent()) {
        return audienceOf(person.get()).flatMap(a -> forUnit(person.get().unitId(), a));
      }
    }
    return forUnit(null, audienceOf(actor));
  }

  /** The audience a person belongs to: staff or learner; none for external people. */
  public static Optional<Audience> audienceOf(Person person) {
    return person.kind() == PersonKind.LEARNER ? Optional.of(Audience.LEARNER)
        : person.kind() == PersonKind.STAFF ? Optional.of(Audience.STAFF) : Optional.empty();
  }

  /** The audience of whoever acts, by their roles: learners are learners, everyone else staff. */
  public static Audience audienceOf(Actor actor) {
    return actor.holds(Role.LEARNER) ? Audience.LEARNER : Audience.STAFF;
  }

  /** The version in force of the pack {@code packId}, wherever it is adopted (a check may name any). */
  public Optional<PolicyInForce> byId(String packId) {
    return Optional.ofNullable(inForce(snapshot(), clock.instant()).get(packId))
        .map(p -> p.because("Named by id."));
  }

  /** Every pack with a version in force now, by title. */
  public List<PolicyInForce> all() {
    return inForce(snapshot(), clock.instant()).values().stream()
        .sorted(Comparator.comparing(PolicyInForce::title)).toList();
  }

  /** The settings of the pack in force for the unit and audience, or the declared defaults when none is. */
  public PolicySettings settingsFor(Long unitId, Audience audience) {
    return forUnit(unitId, audience).map(PolicyInForce::settings).orElseGet(this::defaults);
  }

  /** The declared defaults of every setting, as if no pack set any. */
  public PolicySettings defaults() {
    return new PolicySettings(null, reader.declared());
  }

  // --- for this feature's pages and services ----------------------------------------------------

  Snapshot snapshot() {
    long generation = versions.generation();
    Snapshot s = snapshot;
    if (s.generation() != generation) {
      s = new Snapshot(generation, versions.all(), adoptions.all(), adoptions.owners());
      snapshot = s;
    }
    return s;
  }

  /** The pack of a stored version as this installation reads it now (cached: versions never change). */
  PackReader.Read read(PolicyVersion v) {
    return parsed.computeIfAbsent(v.id() + ":" + v.sha256(), k -> {
      PackReader.Read r = reader.read(versions.source(v.id()), v.sourceName());
      if (!r.ok()) {
        log.warn("Stored policy {} version {} no longer reads here: {}", v.packId(), v.version(), r.problems());
      }
      return r;
    });
  }

  /** The version in force now of each pack, by pack id. */
  Map<String, PolicyInForce> inForce(Snapshot s, Instant now) {
    Map<String, PolicyVersion> current = new LinkedHashMap<>();
    for (PolicyVersion v : s.versions()) {
      if (!v.enforcedAt(now)) {
        continue;
      }
      PolicyVersion best = current.get(v.packId());
      if (best == null || v.enforcedFrom().isAfter(best.enforcedFrom())
          || (v.enforcedFrom().equals(best.enforcedFrom()) && v.id() > best.id())) {
        current.put(v.packId(), v);
      }
    }
    Map<String, PolicyInForce> out = new LinkedHashMap<>();
    current.forEach((id, v) -> {
      PackReader.Read r = read(v);
      if (r.ok()) {
        out.put(id, new PolicyInForce(r.pack(), v, "", new PolicySettings(r.pack().settings(), reader.declared())));
      }
    });
    return out;
  }

  /** The version in force now of {@code packId}, if any. */
  Optional<PolicyVersion> versionInForce(String packId) {
    return Optional.ofNullable(inForce(snapshot(), clock.instant()).get(packId)).map(PolicyInForce::version);
  }

  /** Where each pack is in force now: every adoption, and the units its file names. */
  List<Where> where(String packId) {
    Snapshot s = snapshot();
    Map<Long, Unit> units = organisation.unitsById();
    List<Where> out = new ArrayList<>();
    for (PolicyAdoptions.Adoption a : s.adoptions()) {
      if (a.packId().equals(packId)) {
        Unit u = units.get(a.unitId());
        out.add(new Where(a.wholeOrganisation() ? null : a.unitId(),
            a.wholeOrganisation() ? "The whole organisation" : u == null ? "A unit that no longer exists" : u.name(),
            u == null ? null : u.code(), a.audience(), "adopted", a.id()));
      }
    }
    PolicyInForce p = inForce(s, clock.instant()).get(packId);
    if (p != null) {
      for (String code : p.pack().metadata().units()) {
        Optional<Unit> u = organisation.unitByCode(code);
        for (String aud : p.pack().metadata().audience()) {
          Audience audience = Audience.fromCode(aud).orElseThrow();
          out.add(new Where(u.map(Unit::id).orElse(null), u.map(Unit::name).orElse("No unit has the code " + code),
              code, audience, u.isPresent() ? "named in the pack" : "named in the pack, not in the organisation", null));
        }
      }
    }
    return out;
  }

  /** One place a pack is in force: a unit (null: the whole organisation), for an audience, and how. */
  record Where(Long unitId, String unitName, String unitCode, Audience audience, String how, Long adoptionId) {}

  private static boolean covers(PolicyPack pack, Audience audience) {
    return pack.metadata().audience().contains(audience.code());
  }

  private static String name(Map<Long, Unit> units, Long id) {
    Unit u = units.get(id);
    return u == null ? "your unit" : u.name();
  }
}
