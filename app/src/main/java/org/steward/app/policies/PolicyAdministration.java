package org.steward.app.policies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Unit;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;
import org.steward.app.web.NotFound;
import org.steward.engine.pack.PolicyPack;

/**
 * Where a pack is in force and who owns it (DOC-4, DOC-7): an administrator adopts a pack for a unit
 * (and everything below it) or the whole organisation, per audience, replacing what was adopted
 * there; ends an adoption (the unit then follows the unit above); and names the people who own a
 * pack. Each change is audited, and people who now come under a pack are asked to confirm it.
 */
@Service
class PolicyAdministration {
  private final PoliciesInForce policies;
  private final PolicyAdoptions adoptions;
  private final PolicyVersions versions;
  private final PolicyGuards guards;
  private final PolicyAcknowledging acknowledging;
  private final OrganisationService organisation;
  private final PeopleService people;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  PolicyAdministration(PoliciesInForce policies, PolicyAdoptions adoptions, PolicyVersions versions,
      PolicyGuards guards, PolicyAcknowledging acknowledging, OrganisationService organisation, PeopleService people,
      Notifications notifications, AuditTrail audit, Clock clock) {
    this.policies = policies;
    this.adoptions = adoptions;
    this.versions = versions;
    this.guards = guards;
    this.acknowledging = acknowledging;
    this.organisation = organisation;
    this.people = people;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Adopts {@code packId} for the unit with code {@code unitCode} (blank: the whole organisation) and
   * each audience given (none: every audience the pack is for).
   */
  @Transactional
  public void adopt(Actor actor, String packId, String unitCode, List<Audience> audiences, String reason) {
    guards.requireAdministrator(actor, "policy-pack", packId, "adopt");
    PolicyInForce p = policies.byId(packId).orElseThrow(() -> new NotFound("There is no policy " + packId + " in force."));
    List<FieldProblem> problems = new ArrayList<>();
    Long unitId = null;
    if (unitCode != null && !unitCode.isBlank()) {
      Optional<Unit> unit = organisation.unitByCode(unitCode);
      if (unit.isEmpty()) {
        problems.add(new FieldProblem("unit", "There is no unit with the code " + unitCode.strip() + "."));
      } else {
        unitId = unit.get().id();
      }
    }
    List<Audience> chosen = audiences == null || audiences.isEmpty() ? audiencesOf(p.pack()) : audiences;
    for (Audience a : chosen) {
      if (!p.pack().metadata().audience().contains(a.code())) {
        problems.add(new FieldProblem("audience", p.title() + " is not written for " + a.label().toLowerCase() + "."));
      }
    }
    if (reason != null && reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "Use 2,000 characters or fewer for the reason."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    versions.lockState();
    for (Audience a : chosen) {
      adoptions.adopt(packId, unitId == null ? PolicyAdoptions.WHOLE_ORGANISATION : unitId, a, actor.personId(),
          clock.instant(), reason == null || reason.isBlank() ? null : reason.strip());
      audit.record(actor, "policy.adopted", "policy-pack", packId,
          (unitId == null ? "whole organisation" : "unit " + unitId) + ", " + a.code()
              + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }
    versions.bump();
    acknowledging.askEveryone(p.version());
  }

  /** Ends what is adopted for the unit (blank code: the whole organisation) and audience. */
  @Transactional
  public void endAdoption(Actor actor, String unitCode, Audience audience, String reason) {
    guards.requireAdministrator(actor, "policy-adoption", unitCode == null ? "organisation" : unitCode, "end adoption");
    long unitId = PolicyAdoptions.WHOLE_ORGANISATION;
    if (unitCode != null && !unitCode.isBlank()) {
      unitId = organisation.unitByCode(unitCode).map(Unit::id)
          .orElseThrow(() -> new InvalidInput("unit", "There is no unit with the code " + unitCode.strip() + "."));
    }
    versions.lockState();
    if (adoptions.end(unitId, audience) == 0) {
      throw new InvalidInput("unit", "No policy is adopted there for " + audience.label().toLowerCase() + ".");
    }
    audit.record(actor, "policy.adoption-ended", "policy-adoption", unitId + "/" + audience.code(),
        reason == null || reason.isBlank() ? null : reason.strip());
    versions.bump();
  }

  /** Names a member of staff (by username or e-mail) as an owner of {@code packId}. */
  @Transactional
  public Person nameOwner(Actor actor, String packId, String usernameOrEmail) {
    guards.requireAdministrator(actor, "policy-pack", packId, "name an owner");
    boolean known = versions.ofPack(packId).stream().anyMatch(v -> !v.status().equals(PolicyVersion.Status.DISCARDED));
    if (!known) {
      throw new NotFound("There is no policy " + packId + ".");
    }
    Person person = people.lookUp(usernameOrEmail).orElseThrow(() -> new InvalidInput("owner",
        "There is nobody with that username or e-mail."));
    if (person.kind() != PersonKind.STAFF || person.holds(Role.LEARNER) || !person.enabled()) {
      throw new InvalidInput("owner", "A policy's owner is a member of staff.");
    }
    versions.lockState();
    if (adoptions.addOwner(packId, person.id(), actor.personId(), clock.instant())) {
      audit.record(actor, "policy.owner-named", "policy-pack", packId, "person " + person.id());
      versions.bump();
      notifications.notify(List.of(person.id()), "You are now an owner of a policy: you are told before its review"
          + " date and can publish its new versions", "/policies/" + packId);
    }
    return person;
  }

  @Transactional
  public void removeOwner(Actor actor, String packId, long personId) {
    guards.requireAdministrator(actor, "policy-pack", packId, "remove an owner");
    versions.lockState();
    if (adoptions.removeOwner(packId, personId) > 0) {
      audit.record(actor, "policy.owner-removed", "policy-pack", packId, "person " + personId);
      versions.bump();
    }
  }

  static List<Audience> audiencesOf(PolicyPack pack) {
    return pack.metadata().audience().stream().map(a -> Audience.fromCode(a).orElseThrow()).toList();
  }
}
