package org.steward.app.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.Unit;

/**
 * What the accounts feature needs from the people directory and the organisation tree, read only
 * through {@link PeopleService} and {@link OrganisationService}: this feature never touches the
 * {@code people}, {@code person_roles} or {@code units} tables.
 */
@Component
class AccountDirectory {
  private final PeopleService people;
  private final OrganisationService organisation;

  AccountDirectory(PeopleService people, OrganisationService organisation) {
    this.people = people;
    this.organisation = organisation;
  }

  Optional<Person> person(long id) {
    return people.get(Actor.SYSTEM, id);
  }

  /** The people with these ids, by id. */
  Map<Long, Person> people(Collection<Long> ids) {
    return people.byIds(ids);
  }

  /** Finds a person by username or e-mail address. */
  Optional<Person> find(String usernameOrEmail) {
    return people.lookUp(usernameOrEmail);
  }

  List<Unit> allUnits() {
    return organisation.units();
  }

  /** Every unit by id, for a page or list (read once, not per row). */
  Map<Long, Unit> unitsById() {
    return organisation.unitsById();
  }

  Optional<Unit> unit(long id) {
    return organisation.unit(id);
  }

  Optional<Unit> unitByCode(String code) {
    return organisation.unitByCode(code);
  }

  /** Whether {@code unitId} lies in the subtree of {@code rootId}. */
  boolean within(long unitId, long rootId) {
    return organisation.within(unitId, rootId);
  }

  /** People who head the unit or a unit above it (ACC-2 approvers in the head-of-unit capacity). */
  List<Long> headsOf(long unitId) {
    return people.headsOf(unitId);
  }

  /** The person whose own address {@code email} is, if anyone's (not a team mailbox). */
  Optional<Person> ownerOfAddress(String email) {
    return people.ownerOfAddress(email);
  }

  /** Enabled people holding a whole-organisation role. */
  List<Long> holders(Role role) {
    return people.holders(role);
  }
}
