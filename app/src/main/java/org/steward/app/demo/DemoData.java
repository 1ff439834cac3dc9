package org.steward.app.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.people.DemoUsers;
import org.steward.app.people.NewPerson;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.PeopleService;
import org.steward.app.people.PersonKind;
import org.steward.app.people.Role;
import org.steward.app.people.RoleGrant;
import org.steward.app.people.UnitKind;
import org.steward.app.policies.PolicyCatalogue;
import org.steward.app.security.Actor;

/**
 * Loads the demonstration: the Capital City College Group tree from the seed policy, one user
 * per role (password documented in README) and both seed policy packs. Runs once, on an empty
 * database, only when {@code steward.demo-data=true}. Every write is audited like any other.
 */
@Component
@ConditionalOnProperty(name = "steward.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final OrganisationService organisation;
  private final PeopleService people;
  private final PolicyCatalogue policies;
  private final PasswordEncoder encoder;
  private final DemoUsers demoUsers;
  private final org.steward.app.accounts.DemoAccounts demoAccounts;

  DemoData(OrganisationService organisation, PeopleService people,
      PolicyCatalogue policies, PasswordEncoder encoder, DemoUsers demoUsers,
      org.steward.app.accounts.DemoAccounts demoAccounts) {
    this.demoAccounts = demoAccounts;
    this.organisation = organisation;
    this.people = people;
    this.policies = policies;
    this.encoder = encoder;
    this.demoUsers = demoUsers;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (organisation.count() > 0) {
      return;
    }
    Actor system = Actor.SYSTEM;
    long group = organisation.addUnit(system, null, "CCCG", "Capital City College Group", UnitKind.GROUP);
    long candi = organisation.addUnit(system, group, "CANDI", "City and Islington College", UnitKind.COLLEGE);
    long wkc = organisation.addUnit(system, group, "WKC", "Westminster Kingsway College", UnitKind.COLLEGE);
    long conel = organisation.addUnit(system, group, "CONEL",
        "College of Haringey, Enfield and North East London", UnitKind.COLLEGE);
    long ccct = organisation.addUnit(system, group, "CCCT", "Capital City College Training", UnitKind.COLLEGE);
    long creative = organisation.addUnit(system, candi, "CANDI-CREATIVE",
        "School of Creative and Digital Arts", UnitKind.SCHOOL);
    organisation.addUnit(system, candi, "CANDI-SCIENCE", "School of Science and Health", UnitKind.SCHOOL);
    organisation.addUnit(system, wkc, "WKC-HOSPITALITY", "School of Hospitality and Culinary Arts", UnitKind.SCHOOL);
    long construction = organisation.addUnit(system, conel, "CONEL-CONSTRUCTION",
        "School of Construction and Building Services", UnitKind.SCHOOL);
    organisation.addUnit(system, ccct, "CCCT-APPRENTICESHIPS", "Apprenticeships", UnitKind.DEPARTMENT);
    long marketing = organisation.addUnit(system, group, "MARKETING", "Digital Marketing and Brand", UnitKind.SERVICE);
    long safeguarding = organisation.addUnit(system, group, "SAFEGUARDING", "Safeguarding", UnitKind.SERVICE);
    long hr = organisation.addUnit(system, group, "HR", "Human Resources", UnitKind.SERVICE);
    long press = organisation.addUnit(system, group, "PRESS", "Press and Communications", UnitKind.SERVICE);
    long governance = organisation.addUnit(system, group, "GOVERNANCE", "Governance and Compliance", UnitKind.SERVICE);

    LocalDate adult = LocalDate.of(1985, 4, 12);
    add("admin", "Ada", "Okafor", PersonKind.STAFF, adult, governance, RoleGrant.of(Role.ADMINISTRATOR), RoleGrant.of(Role.STAFF));
    add("marketing", "Marcus", "Bell", PersonKind.STAFF, adult, marketing, RoleGrant.of(Role.MARKETING), RoleGrant.of(Role.STAFF));
    add("hodm", "Helen", "Doyle", PersonKind.STAFF, adult, marketing, RoleGrant.of(Role.HEAD_OF_DIGITAL_MARKETING), RoleGrant.of(Role.STAFF));
    add("head.creative", "Priya", "Shah", PersonKind.STAFF, adult, creative, new RoleGrant(Role.HEAD_OF_UNIT, creative), RoleGrant.of(Role.STAFF));
    add("head.construction", "Tom", "Walsh", PersonKind.STAFF, adult, construction, new RoleGrant(Role.HEAD_OF_UNIT, construction), RoleGrant.of(Role.STAFF));
    add("staff", "Sam", "Taylor", PersonKind.STAFF, adult, creative, RoleGrant.of(Role.STAFF));
    add("tutor", "Grace", "Adeyemi", PersonKind.STAFF, adult, construction, RoleGrant.of(Role.TUTOR), RoleGrant.of(Role.STAFF));
    add("learner", "Jamie", "Smith", PersonKind.LEARNER, LocalDate.now().minusYears(16).minusMonths(3), construction, RoleGrant.of(Role.LEARNER));
    add("dsl", "Dana", "Clarke", PersonKind.STAFF, adult, safeguarding, RoleGrant.of(Role.SAFEGUARDING_LEAD), RoleGrant.of(Role.STAFF));
    add("hr", "Harriet", "Moore", PersonKind.STAFF, adult, hr, RoleGrant.of(Role.HR), RoleGrant.of(Role.STAFF));
    add("press", "Pat", "Nwosu", PersonKind.STAFF, adult, press, RoleGrant.of(Role.PRESS_OFFICER), RoleGrant.of(Role.STAFF));
    add("dpo", "Devi", "Patel", PersonKind.STAFF, adult, governance, RoleGrant.of(Role.DATA_PROTECTION_OFFICER), RoleGrant.of(Role.STAFF));
    // A few more people without sign-in, so lists and scoping have something to show.
    addWithoutPassword("alex.jones", "Alex", "Jones", PersonKind.LEARNER, LocalDate.now().minusYears(19), creative);
    addWithoutPassword("mia.brown", "Mia", "Brown", PersonKind.LEARNER, LocalDate.now().minusYears(17), creative);
    addWithoutPassword("noah.evans", "Noah", "Evans", PersonKind.STAFF, adult, wkc);

    for (var pack : org.steward.engine.pack.PolicyPacks.builtIn()) {
      policies.adopt(system, pack.id(), pack.version(), pack.title());
    }
    demoAccounts.load();
    log.info("Demo data loaded: {} demo users, password '{}'", demoUsers.list().size(),
        demoUsers.password());
  }

  private void add(String username, String given, String family, PersonKind kind,
      LocalDate dob, long unit, RoleGrant... roles) {
    people.add(Actor.SYSTEM, new NewPerson(kind, given, family, username + "@demo.steward.test",
        username, dob, unit, List.of(roles)), encoder.encode(demoUsers.password()), "demo data");
  }

  private void addWithoutPassword(String username, String given, String family, PersonKind kind,
      LocalDate dob, long unit) {
    Role role = kind == PersonKind.LEARNER ? Role.LEARNER : Role.STAFF;
    people.add(Actor.SYSTEM, new NewPerson(kind, given, family, username + "@demo.steward.test",
        username, dob, unit, List.of(RoleGrant.of(role))), null, "demo data");
  }
}
