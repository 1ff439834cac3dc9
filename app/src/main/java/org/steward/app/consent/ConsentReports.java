package org.steward.app.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.audit.RefusalAudit;
import org.steward.app.identity.Actor;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Unit;

/**
 * The register's reports: coverage per account (of the learners and staff of the account's
 * unit and the units below it, how many may appear in its photos, be named, are do-not-publish
 * or have nothing) and per unit, the do-not-publish list (reasons only for safeguarding) and the
 * open takedowns with their age. Read in a few queries, never one per person.
 */
@Service
public class ConsentReports {
  private final ConsentStore store;
  private final ConsentDirectory directory;
  private final ConsentRegister register;
  private final Withdrawals withdrawals;
  private final RefusalAudit refusals;
  private final Clock clock;

  ConsentReports(ConsentStore store, ConsentDirectory directory, ConsentRegister register,
      Withdrawals withdrawals, RefusalAudit refusals, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.register = register;
    this.withdrawals = withdrawals;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** One row of coverage: {@code people} in scope, and how many of them fall in each column. */
  public record Coverage(String name, String platform, long people, long photos, long named,
      long doNotPublish, long none) {
    public long percentPhotos() {
      return people == 0 ? 0 : Math.round(100.0 * photos / people);
    }
  }

  /** A do-not-publish entry; {@code reason} only for safeguarding, the DPO and administrators. */
  public record DoNotPublishRow(long personId, String name, String unitName, Instant since, String reason) {}

  public record Report(List<Coverage> accounts, List<Coverage> units, List<DoNotPublishRow> doNotPublish,
      List<Withdrawals.TakedownView> takedowns, Instant at) {}

  @Transactional(readOnly = true)
  public Report report(Actor actor) {
    if (!ConsentAccess.officer(actor)) {
      throw refusals.refuse(actor, "consent", "report", "0", "view consent reports",
          "Only marketing, the DPO, the safeguarding lead and administrators see consent reports.");
    }
    Instant now = clock.instant();
    List<Person> everyone = directory.everyone().stream()
        .filter(p -> p.enabled() && p.kind() != PersonKind.EXTERNAL).toList();
    Map<Long, List<ConsentRecord>> active = store.activeOf(everyone.stream().map(Person::id).toList());
    Set<Long> dnp = store.doNotPublishAmong(everyone.stream().map(Person::id).toList());
    List<Unit> units = directory.units();
    Map<Long, String> unitNames = new java.util.HashMap<>();
    units.forEach(u -> unitNames.put(u.id(), u.name()));

    List<Coverage> byAccount = new ArrayList<>();
    for (var a : directory.liveAccounts()) {
      long root = a.account().unitId();
      List<Person> scope = everyone.stream().filter(p -> directory.within(p.unitId(), root)).toList();
      byAccount.add(coverage(a.account().name(), a.account().platform().code(), scope, active, dnp, now));
    }
    List<Coverage> byUnit = new ArrayList<>();
    for (Unit u : units) {
      List<Person> scope = everyone.stream().filter(p -> p.unitId() == u.id()).toList();
      if (!scope.isEmpty()) {
        byUnit.add(coverage(u.name(), null, scope, active, dnp, now));
      }
    }
    Map<Long, Person> byId = new java.util.HashMap<>();
    everyone.forEach(p -> byId.put(p.id(), p));
    boolean reasons = ConsentAccess.safeguarding(actor);
    List<DoNotPublishRow> list = new ArrayList<>();
    for (var d : store.allDoNotPublish()) {
      Person p = byId.get(d.personId());
      if (p == null) {
        p = directory.people(List.of(d.personId())).get(d.personId());
      }
      if (p != null) {
        list.add(new DoNotPublishRow(p.id(), p.displayName(), unitNames.getOrDefault(p.unitId(), ""),
            d.setAt(), reasons ? d.reason() : null));
      }
    }
    return new Report(byAccount, byUnit, list, withdrawals.open(actor), now);
  }

  private Coverage coverage(String name, String platform, List<Person> scope,
      Map<Long, List<ConsentRecord>> active, Set<Long> dnp, Instant now) {
    long photos = 0;
    long named = 0;
    long blocked = 0;
    long none = 0;
    for (Person p : scope) {
      List<ConsentRecord> rs = active.getOrDefault(p.id(), List.of());
      boolean d = dnp.contains(p.id());
      boolean photo = !d && register.judge(p, rs, false, platform, Purpose.PHOTO, now).valid();
      boolean name2 = !d && register.judge(p, rs, false, platform, Purpose.NAME, now).valid();
      if (d) {
        blocked++;
      } else if (!photo && !name2) {
        none++;
      }
      photos += photo ? 1 : 0;
      named += name2 ? 1 : 0;
    }
    return new Coverage(name, platform, scope.size(), photos, named, blocked, none);
  }
}
