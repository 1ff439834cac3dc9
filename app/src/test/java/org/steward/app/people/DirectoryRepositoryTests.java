package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.steward.app.identity.Actor;
import org.steward.engine.Clause;

/**
 * The organisation tree and the people directory against a real database (the policy versions
 * moved to {@code policies.PolicyVersionsTests}). Run on H2 ({@link DirectoryRepositoryH2Test}) and PostgreSQL
 * ({@link DirectoryRepositoryPostgresTest}).
 */
abstract class DirectoryRepositoryTests {
  @Autowired JdbcClient jdbc;
  @Autowired Units units;
  @Autowired People people;
  @Autowired PeopleService service;
  @Autowired OrganisationService organisation;
  @Autowired DirectoryNames names;

  String tag;
  long group;
  long college;
  long school;
  long otherCollege;

  @BeforeEach
  void tree() {
    tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    group = organisation.addUnit(Actor.SYSTEM, null, "G-" + tag, "Group " + tag, UnitKind.GROUP);
    college = organisation.addUnit(Actor.SYSTEM, group, "C-" + tag, "College " + tag, UnitKind.COLLEGE);
    school = organisation.addUnit(Actor.SYSTEM, college, "S-" + tag, "School " + tag, UnitKind.SCHOOL);
    otherCollege = organisation.addUnit(Actor.SYSTEM, group, "O-" + tag, "Other " + tag, UnitKind.COLLEGE);
  }

  private long person(String name, PersonKind kind, long unit, RoleGrant... roles) {
    return service.add(Actor.SYSTEM, new NewPerson(kind, name, tag, name + "." + tag + "@example.org",
        name + "." + tag, kind == PersonKind.LEARNER ? LocalDate.now().minusYears(16) : null, unit,
        List.of(roles)), null, "test");
  }

  @Test
  void everyMigrationApplied() {
    List<String> versions = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
        .query(String.class).list();
    assertThat(versions).contains("1", "2", "3");
  }

  @Test
  @Clause({"DOC-7"})
  void theTreeKnowsWhatIsBelowEachUnit() {
    assertThat(units.subtreeIds(college)).containsExactlyInAnyOrder(college, school);
    assertThat(units.subtreeIds(group)).contains(group, college, school, otherCollege);
    assertThat(units.findByCode("s-" + tag)).get().extracting(Unit::kind).isEqualTo(UnitKind.SCHOOL);
  }

  @Test
  void aPersonKeepsSeveralRolesAndIsFoundWhateverTheCase() {
    long id = person("Robin", PersonKind.STAFF, school, RoleGrant.of(Role.STAFF),
        RoleGrant.of(Role.TUTOR), new RoleGrant(Role.HEAD_OF_UNIT, school));
    Person p = people.findByUsername("ROBIN." + tag).orElseThrow();
    assertThat(p.id()).isEqualTo(id);
    assertThat(p.roles()).containsExactlyInAnyOrder(RoleGrant.of(Role.STAFF),
        RoleGrant.of(Role.TUTOR), new RoleGrant(Role.HEAD_OF_UNIT, school));
  }

  @Test
  @Clause({"SAF-3"})
  void learnersUnder18AreKnown() {
    long id = person("Kai", PersonKind.LEARNER, school, RoleGrant.of(Role.LEARNER));
    assertThat(people.findById(id).orElseThrow().isMinorOn(LocalDate.now())).isTrue();
  }

  @Test
  @Clause({"CON-3"})
  void aPersonMarkedAsLeftIsNoLongerInTheNameCheckAtOnce() {
    long id = person("Morwenna", PersonKind.LEARNER, school, RoleGrant.of(Role.LEARNER));
    String name = "Morwenna " + tag;
    // Read once, so the compiled directory is cached with this person in it.
    assertThat(names.current().people()).extracting(org.steward.engine.Person::name).contains(name);

    service.markLeft(Actor.SYSTEM, id, "Left the college");

    // Nobody was added, so the count and the highest id are as they were: only the number of
    // enabled people tells the cache that the directory changed.
    assertThat(names.current().people()).extracting(org.steward.engine.Person::name)
        .doesNotContain(name);
  }

  @Test
  void aDuplicateEmailIsRefusedAndNothingIsWritten() {
    person("Lee", PersonKind.STAFF, school, RoleGrant.of(Role.STAFF));
    long before = people.count();
    long auditBefore = jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
    assertThatThrownBy(() -> service.add(Actor.SYSTEM, new NewPerson(PersonKind.STAFF, "Lee", "Again",
        "lee." + tag + "@example.org", "other." + tag, null, school, List.of(RoleGrant.of(Role.STAFF))),
        null, "test")).isInstanceOf(DataIntegrityViolationException.class);
    assertThat(people.count()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from audit_entries").query(Long.class).single()).isEqualTo(auditBefore);
  }

  @Test
  @Clause({"DOC-7"})
  void aHeadOfUnitSeesTheirSubtreeOnly() {
    long inSchool = person("Ash", PersonKind.STAFF, school, RoleGrant.of(Role.STAFF));
    long elsewhere = person("Bo", PersonKind.STAFF, otherCollege, RoleGrant.of(Role.STAFF));
    Actor head = new Actor(inSchool, "Head", List.of(new RoleGrant(Role.HEAD_OF_UNIT, college)));
    var visible = service.list(head, 0, 100).items().stream().map(Person::id).toList();
    assertThat(visible).contains(inSchool).doesNotContain(elsewhere);
    assertThat(service.get(head, inSchool)).isPresent();
    assertThatThrownBy(() -> service.get(head, elsewhere)).isInstanceOf(AccessDeniedException.class);
    Actor staff = new Actor(inSchool, "Staff", List.of(RoleGrant.of(Role.STAFF)));
    assertThat(service.list(staff, 0, 100).items()).isEmpty();
  }

  @Test
  void signInFailuresAndLocksRoundTrip() {
    long id = person("Cal", PersonKind.STAFF, school, RoleGrant.of(Role.STAFF));
    Instant until = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    people.recordFailedSignIn(id, 2, until);
    var creds = people.credentials("cal." + tag).orElseThrow();
    assertThat(creds.failedSignIns()).isEqualTo(2);
    assertThat(creds.lockedUntil()).isEqualTo(until);
    people.recordSuccessfulSignIn(id);
    assertThat(people.credentials("cal." + tag).orElseThrow().lockedUntil()).isNull();
  }
}
