package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.AuditTrail;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.web.InvalidInput;
import org.steward.app.identity.Actor;
import org.steward.app.web.Page;
import org.steward.app.security.PersonAccessChanged;

/**
 * The people directory as other features see it. Reading is scoped: a head of school or
 * service sees the people of their own unit and the units below it; the roles that need the
 * whole directory (administrator, HR, safeguarding lead, data protection officer) see all.
 */
@Service
public class PeopleService {
  private final People people;
  private final Units units;
  private final AuditTrail audit;
  private final org.springframework.context.ApplicationEventPublisher events;

  private final RefusalAudit refusals;

  PeopleService(People people, Units units, AuditTrail audit,
      org.springframework.context.ApplicationEventPublisher events, RefusalAudit refusals) {
    this.people = people;
    this.units = units;
    this.audit = audit;
    this.events = events;
    this.refusals = refusals;
  }

  /** One page of people visible to {@code viewer}. */
  @Transactional(readOnly = true)
  public Page<Person> list(Actor viewer, int page, int size) {
    List<Long> scope = visibleUnits(viewer).orElse(null);
    long total = people.countInUnits(scope);
    return new Page<>(people.findInUnits(scope, size, org.steward.app.web.Paging.offset(page, size)),
        page, size, total);
  }

  /**
   * Returns the person with this id if {@code viewer} may see them.
   *
   * @throws AccessDeniedException if the person is outside the viewer's units
   */
  @Transactional(readOnly = true)
  public Optional<Person> get(Actor viewer, long id) {
    Optional<Person> person = people.findById(id);
    Optional<List<Long>> scope = visibleUnits(viewer);
    if (person.isPresent() && scope.isPresent() && !scope.get().contains(person.get().unitId())) {
      throw new AccessDeniedException("person " + id + " is outside the viewer's units");
    }
    return person;
  }

  /** Adds a person (already validated) and records it in the audit trail. */
  @Transactional
  public long add(Actor actor, NewPerson person, String passwordHash, String reason) {
    long id = people.insert(person, passwordHash);
    audit.record(actor, "person.added", "person", Long.toString(id), reason);
    return id;
  }

  /**
   * Marks a person as having left: they can no longer sign in, and every feature that holds them
   * in a role (account managers, for one) reacts to {@link PersonLeft} in the same transaction.
   *
   * @throws AccessDeniedException unless the actor is an administrator or HR
   * @throws IllegalArgumentException when the reason is blank or the person is unknown or already left
   */
  @Transactional
  public void markLeft(Actor actor, long personId, String reason) {
    if (!actor.isSystem() && !actor.holdsAny(Role.ADMINISTRATOR, Role.HR)) {
      throw refusals.refuse(actor, "person", "person", Long.toString(personId), "mark as left",
          "Only administrators and HR mark people as left.");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Say why, for example 'Left the college on 31 July'");
    }
    if (reason.length() > 2000) {
      throw new InvalidInput("reason", "Use 2,000 characters or fewer for the reason");
    }
    Person person = people.findById(personId)
        .orElseThrow(() -> new InvalidInput("person", "There is no person " + personId));
    if (!person.enabled()) {
      throw new InvalidInput("person", person.displayName() + " has already been marked as left");
    }
    people.disable(personId);
    audit.record(actor, "person.left", "person", Long.toString(personId), reason);
    events.publishEvent(new PersonLeft(personId, actor, reason));
    events.publishEvent(new PersonAccessChanged(personId, "left"));
  }

  /**
   * Replaces a person's roles (administrators only; audited with the reason). Every session of the
   * person ends, so their next request is made with the new roles.
   *
   * @throws AccessDeniedException unless the actor is an administrator (or the system)
   * @throws IllegalArgumentException when the reason is blank, the person unknown or no role given
   */
  @Transactional
  public void changeRoles(Actor actor, long personId, List<RoleGrant> roles, String reason) {
    if (!actor.isSystem() && !actor.holds(Role.ADMINISTRATOR)) {
      throw refusals.refuse(actor, "person", "person", Long.toString(personId), "change roles",
          "Only administrators change roles.");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why the roles change");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("Give at least one role");
    }
    Person person = people.findById(personId)
        .orElseThrow(() -> new IllegalArgumentException("There is no person " + personId));
    people.replaceRoles(person.id(), roles);
    audit.record(actor, "person.roles-changed", "person", Long.toString(personId), reason);
    events.publishEvent(new PersonAccessChanged(personId, "roles changed"));
  }

  /**
   * Units whose people {@code viewer} may see: empty means all units; otherwise the subtrees of
   * the units they head.
   */
  Optional<List<Long>> visibleUnits(Actor viewer) {
    if (viewer.isSystem() || viewer.holdsAny(Role.ADMINISTRATOR, Role.HR, Role.SAFEGUARDING_LEAD,
        Role.DATA_PROTECTION_OFFICER)) {
      return Optional.empty();
    }
    if (viewer.holds(Role.HEAD_OF_UNIT)) {
      return Optional.of(viewer.unitsFor(Role.HEAD_OF_UNIT).stream()
          .flatMap(u -> units.subtreeIds(u).stream()).distinct().toList());
    }
    return Optional.of(List.of());
  }

  /**
   * The person with this username, or this e-mail address (when it contains '@'), ignoring case
   * and surrounding spaces; for features that let someone name a person (a co-manager).
   */
  @Transactional(readOnly = true)
  public Optional<Person> lookUp(String usernameOrEmail) {
    if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
      return Optional.empty();
    }
    return people.idByUsernameOrEmail(usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT))
        .flatMap(people::findById);
  }

  /** The people with these ids, by id (unknown ids are left out): names for lists of ids. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, Person> byIds(java.util.Collection<Long> ids) {
    java.util.Map<Long, Person> out = new java.util.HashMap<>();
    people.findByIds(java.util.Set.copyOf(ids)).forEach(p -> out.put(p.id(), p));
    return out;
  }

  /** Enabled people who hold a whole-organisation role, e.g. everyone in marketing. */
  @Transactional(readOnly = true)
  public List<Long> holders(Role role) {
    if (role.scoped()) {
      throw new IllegalArgumentException(role.code() + " is held for a unit: use headsOf");
    }
    return people.enabledHolders(role, List.of());
  }

  /** Enabled heads of the unit or of any unit above it (a head of a college heads its schools too). */
  @Transactional(readOnly = true)
  public List<Long> headsOf(long unitId) {
    return people.enabledHolders(Role.HEAD_OF_UNIT, units.ancestry(unitId));
  }

  public long count() {
    return people.count();
  }

  /**
   * Every enabled person with their roles, by family name: for features that work on everyone in an
   * audience (asking for a policy to be acknowledged, DOC-5).
   */
  @Transactional(readOnly = true)
  public List<Person> everyoneEnabled() {
    return people.findInUnits(null, Integer.MAX_VALUE, 0).stream().filter(Person::enabled).toList();
  }

  /**
   * The person whose own address {@code email} is: their e-mail in the directory, or one made of
   * their name on any domain ({@code jamie.smith@}, {@code jamie_smith@}, {@code jsmith@},
   * {@code smith.jamie@}). For features that need a team mailbox rather than a named person's.
   */
  @Transactional(readOnly = true)
  public Optional<Person> ownerOfAddress(String email) {
    if (email == null || email.indexOf('@') < 1) {
      return Optional.empty();
    }
    String address = email.strip().toLowerCase(java.util.Locale.ROOT);
    Optional<Person> exact = people.findByEmail(address);
    if (exact.isPresent()) {
      return exact;
    }
    String local = squash(address.substring(0, address.indexOf('@')));
    if (local.length() < 3) {
      return Optional.empty();
    }
    for (Person p : everyoneEnabled()) {
      String given = squash(p.givenName());
      String family = squash(p.familyName());
      if (given.isEmpty() || family.isEmpty()) {
        continue;
      }
      if (local.equals(given + family) || local.equals(family + given)
          || local.equals(given.charAt(0) + family) || local.equals(family + given.charAt(0))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Lower-case letters only: "Jamie-Lee O'Neil" becomes "jamieleeoneil". */
  private static String squash(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  public long countByKind(PersonKind kind) {
    return people.countByKind(kind);
  }
}
