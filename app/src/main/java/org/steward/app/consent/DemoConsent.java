package org.steward.app.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;

/**
 * Demo consent, through the register's own services (so every write is audited): a guardian's
 * consent for an under-18 (Mia Brown, named until next July), a guardian's consent for photos on
 * Instagram only (Jamie Smith), an adult's own consent that ends within the month (Alex Jones), a
 * learner about to turn 18 on a guardian's consent (Ella Ward) and a looked-after learner marked
 * do-not-publish (Leo Grant). The two extra learners join the directory through its service.
 */
@Component
@Order(40)
class DemoConsent implements DemoContributor {
  private final ConsentRecording recording;
  private final ConsentStore store;
  private final PeopleService people;
  private final OrganisationService organisation;
  private final Clock clock;

  DemoConsent(ConsentRecording recording, ConsentStore store, PeopleService people,
      OrganisationService organisation, Clock clock) {
    this.recording = recording;
    this.store = store;
    this.people = people;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Override
  public boolean alreadyLoaded() {
    return store.countRecords() > 0;
  }

  @Override
  public void load() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate july = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear(), 7, 31);
    if (!july.isAfter(today)) {
      july = july.plusYears(1);
    }
    Person mia = people.lookUp("mia.brown").orElse(null);
    Person jamie = people.lookUp("learner").orElse(null);
    Person alex = people.lookUp("alex.jones").orElse(null);
    Long creative = organisation.unitByCode("CANDI-CREATIVE").map(u -> u.id()).orElse(null);
    if (mia == null || jamie == null || alex == null || creative == null) {
      return; // not the demo directory: nothing to attach consent to
    }
    Actor system = Actor.SYSTEM;
    recording.record(system, new NewConsent(mia.id(), "guardian", "Karen Brown", "karen.brown@example.com",
        List.of(), List.of("photo", "video", "name"), today.minusMonths(2), july, null, "mis",
        "Enrolment consent form, kept in the MIS"), null);
    recording.record(system, new NewConsent(jamie.id(), "guardian", "Paul Smith", "paul.smith@example.com",
        List.of("instagram"), List.of("photo"), today.minusMonths(1), july, null, "mis",
        "Photos only: no name, no video"), null);
    recording.record(system, new NewConsent(alex.id(), "person", null, null,
        List.of("instagram", "tiktok"), List.of("photo", "video", "name"), today.minusMonths(11),
        today.plusDays(20), null, "mis", "Own consent; renewal due"), null);
    long ella = people.add(system, new NewPerson(PersonKind.LEARNER, "Ella", "Ward",
        "ella.ward@demo.steward.test", "ella.ward", today.plusDays(21).minusYears(18), creative,
        List.of(RoleGrant.of(Role.LEARNER))), null, "demo data");
    recording.record(system, new NewConsent(ella, "guardian", "Sophie Ward", "sophie.ward@example.com",
        List.of(), List.of("photo", "name"), today.minusMonths(3), july, null, "mis",
        "Guardian's consent; Ella turns 18 soon"), null);
    long leo = people.add(system, new NewPerson(PersonKind.LEARNER, "Leo", "Grant",
        "leo.grant@demo.steward.test", "leo.grant", today.minusYears(16).minusMonths(5), creative,
        List.of(RoleGrant.of(Role.LEARNER))), null, "demo data");
    recording.setDoNotPublish(system, leo, "Looked-after child: the placement must not be traceable");
  }
}
