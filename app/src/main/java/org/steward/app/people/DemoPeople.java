package org.steward.app.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.steward.app.demo.DemoContributor;
import org.steward.app.demo.DemoUsers;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;

/**
 * The people part of the demonstration: the Capital City College Group tree from the seed policy,
 * one user per role (password documented in README) and a few people without a sign-in, so lists
 * and scoping have something to show. First of the demo contributors: the others need people.
 */
@Component
@Order(10)
class DemoPeople implements DemoContributor {
  private final OrganisationService organisation;
  private final PeopleService people;
  private final PasswordEncoder encoder;
  private final DemoUsers demoUsers;

  DemoPeople(OrganisationService organisation, PeopleService people, PasswordEncoder encoder,
      DemoUsers demoUsers) {
    this.organisation = organisation;
    this.people = people;
    this.encoder = encoder;
    this.demoUsers = demoUsers;
  }

  /** Any unit at all means the organisation is set up, by the demo or for real. */
  @Override
  public boolean alreadyLoaded() {
    return organisation.count() > 0;
  }

  @Override
  public void load() {
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
