package org.steward.app.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.app.accounts.AccountActivity;
import org.steward.app.accounts.AccountManager;
import org.steward.app.accounts.AccountRegistry;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.Unit;
import org.steward.app.web.NotFound;

/**
 * What consent needs from people and accounts, read only through their public services: this
 * feature never touches their tables.
 */
@Component
class ConsentDirectory {
  private final PeopleService people;
  private final OrganisationService organisation;
  private final AccountRegistry accounts;
  private final AccountActivity activity;

  ConsentDirectory(PeopleService people, OrganisationService organisation, AccountRegistry accounts,
      AccountActivity activity) {
    this.people = people;
    this.organisation = organisation;
    this.accounts = accounts;
    this.activity = activity;
  }

  Person person(long id) {
    Person p = people.byIds(List.of(id)).get(id);
    if (p == null) {
      throw new NotFound("person " + id);
    }
    return p;
  }

  Map<Long, Person> people(Collection<Long> ids) {
    return people.byIds(ids);
  }

  /** Everyone in the directory, a page at a time (reports). */
  List<Person> everyone() {
    List<Person> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      var p = people.list(Actor.SYSTEM, page, 500);
      out.addAll(p.items());
      if (p.items().size() < 500) {
        return out;
      }
    }
  }

  /** The staff managers of an account (never a learner helper); empty for an unknown account. */
  List<Long> managersOf(long accountId) {
    if (accounts.find(accountId).isEmpty()) {
      return List.of();
    }
    return accounts.view(Actor.SYSTEM, accountId).managers().stream()
        .filter(m -> !m.helper()).map(AccountManager::personId).toList();
  }

  String accountName(long accountId) {
    return accounts.find(accountId).map(a -> a.name()).orElse("Account " + accountId);
  }

  /** Marketing and the head of digital marketing: who takes over what is overdue. */
  List<Long> marketing() {
    LinkedHashSet<Long> out = new LinkedHashSet<>(people.holders(Role.MARKETING));
    out.addAll(people.holders(Role.HEAD_OF_DIGITAL_MARKETING));
    return List.copyOf(out);
  }

  List<AccountActivity.Activity> liveAccounts() {
    return activity.activity();
  }

  List<Unit> units() {
    return organisation.units();
  }

  boolean within(long unitId, long rootId) {
    return organisation.within(unitId, rootId);
  }

  List<Long> headsOf(long unitId) {
    return people.headsOf(unitId);
  }
}
