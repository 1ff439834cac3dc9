package org.steward.app.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.identity.Actor;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;

/**
 * Consent that is about to stop counting, before it bites: a record that ends within the expiry
 * lead time, and a learner who turns 18 within the turning-18 lead time while only a guardian's
 * consent is held (their own replaces it on the day). The home page lists them; the daily job
 * tells marketing and the managers of the accounts that use the person, once per deadline.
 */
@Component
class ConsentDeadlines {
  private final ConsentStore store;
  private final ConsentDirectory directory;
  private final List<PersonUsages> usages;
  private final Notifications notifications;
  private final org.steward.app.audit.AuditTrail audit;
  private final ConsentSettings settings;
  private final Clock clock;

  ConsentDeadlines(ConsentStore store, ConsentDirectory directory, List<PersonUsages> usages,
      Notifications notifications, org.steward.app.audit.AuditTrail audit, ConsentSettings settings,
      Clock clock) {
    this.store = store;
    this.directory = directory;
    this.usages = List.copyOf(usages);
    this.notifications = notifications;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** One deadline: whose, what, on which day, and the sentence for the to-do list. */
  record Deadline(String kind, long subjectId, long personId, LocalDate due, String text) {}

  @Transactional(readOnly = true)
  List<Deadline> upcoming() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate expiryHorizon = today.plusDays(settings.expiryLead().toDays());
    LocalDate ageHorizon = today.plusDays(settings.turning18Lead().toDays());
    List<ConsentRecord> active = store.allActive();
    Set<Long> ids = new LinkedHashSet<>();
    active.forEach(r -> ids.add(r.personId()));
    Map<Long, Person> people = directory.people(ids);
    List<Deadline> out = new ArrayList<>();
    Set<Long> ageDone = new java.util.HashSet<>();
    for (ConsentRecord r : active) {
      Person p = people.get(r.personId());
      if (p == null || !p.enabled()) {
        continue;
      }
      if (r.validUntil() != null && !r.validUntil().isAfter(expiryHorizon)) {
        out.add(new Deadline("expiry", r.id(), p.id(), r.validUntil(), "Renew the consent of "
            + p.displayName() + ": it ends on " + ConsentLinks.DAY.format(r.validUntil())));
      }
      List<ConsentRecord> theirs = active.stream().filter(x -> x.personId() == p.id()).toList();
      LocalDate dob = ConsentRegister.dateOfBirth(p, theirs);
      if (r.givenBy() == GivenBy.GUARDIAN && dob != null && p.kind() == PersonKind.LEARNER
          && ageDone.add(p.id())) {
        LocalDate eighteen = dob.plusYears(18);
        boolean ownHeld = theirs.stream().anyMatch(x -> x.givenBy() == GivenBy.PERSON);
        if (!ownHeld && !eighteen.isBefore(today) && !eighteen.isAfter(ageHorizon)) {
          out.add(new Deadline("turning-18", p.id(), p.id(), eighteen, p.displayName() + " turns 18 on "
              + ConsentLinks.DAY.format(eighteen) + ": ask for their own consent (the guardian's stops counting)"));
        }
      }
    }
    out.sort(Comparator.comparing(Deadline::due));
    return out;
  }

  /** The daily job: tells marketing and the managers of accounts using the person, once each. */
  @Transactional
  int remind() {
    int sent = 0;
    for (Deadline d : upcoming()) {
      if (!store.remind(d.kind(), d.subjectId(), d.due(), clock.instant())) {
        continue;
      }
      Set<Long> to = new LinkedHashSet<>(directory.marketing());
      for (PersonUsages u : usages) {
        u.usesOf(d.personId()).stream()
            .filter(x -> x.state() == PersonUsage.State.DRAFT || x.state() == PersonUsage.State.SCHEDULED)
            .forEach(x -> to.addAll(directory.managersOf(x.accountId())));
      }
      notifications.notify(to, d.text(), "/consent/people/" + d.personId());
      audit.record(Actor.SYSTEM, "consent.reminded", "person", Long.toString(d.personId()), d.kind() + " " + d.due());
      sent++;
    }
    return sent;
  }
}
