package org.steward.app.people;

import org.steward.app.csv.ImportResult;
import org.steward.app.web.FieldProblem;
import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.engine.Clause;

/**
 * CSV import of people (DOC-7), run against H2 and PostgreSQL by the subclasses: a file is
 * imported whole or not at all, and a rejected file names every bad line and field.
 */
@Clause({"DOC-7"})
abstract class PeopleImportTests {
  static final String HEADER = "kind,given_name,family_name,email,username,date_of_birth,unit,roles";
  static final Actor ADMIN = new Actor(1L, "Test administrator", List.of(RoleGrant.of(Role.ADMINISTRATOR)));

  @Autowired PeopleImport imports;
  @Autowired People people;
  @Autowired Units units;
  @Autowired OrganisationService organisation;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean AuditTrail audit;

  /** Makes names unique per test: the context (and its database) is shared by the class. */
  String tag;

  @BeforeEach
  void organisationExists() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    ensureUnits(organisation, units);
  }

  static void ensureUnits(OrganisationService organisation, Units units) {
    if (units.findByCode("GRP").isEmpty()) {
      long group = organisation.addUnit(Actor.SYSTEM, null, "GRP", "Test Group", UnitKind.GROUP);
      long college = organisation.addUnit(Actor.SYSTEM, group, "CANDI", "City and Islington", UnitKind.COLLEGE);
      organisation.addUnit(Actor.SYSTEM, college, "CANDI-CREATIVE", "Creative Arts", UnitKind.SCHOOL);
    }
  }

  ImportResult run(String csv) {
    return imports.importCsv(ADMIN, csv.getBytes(UTF_8));
  }

  String staff(String name) {
    return "staff," + name + ",Tester," + name + "." + tag + "@example.ac.uk," + name + "." + tag
        + ",,CANDI-CREATIVE,staff";
  }

  long importedAudits() {
    return jdbc.sql("select count(*) from audit_entries where action = 'person.imported'")
        .query(Long.class).single();
  }

  @Test
  void aGoodFileImportsEveryoneWithTheirRolesAndOneAuditEntryEach() {
    long before = people.count();
    long auditsBefore = importedAudits();
    // Byte order mark, CRLF, header in another order and case, a quoted comma and quote.
    String csv = "\uFEFFUsername,Kind,Given_Name,Family_Name,Email,Date_of_Birth,Unit,Roles\r\n"
        + "asha." + tag + ",staff,Asha,Patel,Asha." + tag + "@example.ac.uk,,CANDI-CREATIVE,"
        + "staff;head-of-unit@candi-creative;tutor;staff\r\n"
        + "sam." + tag + ",learner,Sam,Jones,sam." + tag + "@learner.example.ac.uk,2009-09-01,CANDI-CREATIVE,\r\n"
        + "pat." + tag + ",external,\"Pat \"\"PJ\"\", Jr\",O'Neill,pat." + tag + "@example.org,,CANDI,\r\n";

    ImportResult result = run(csv);

    assertThat(result.problems()).isEmpty();
    assertThat(result.imported()).isEqualTo(3);
    assertThat(people.count()).isEqualTo(before + 3);
    assertThat(importedAudits()).isEqualTo(auditsBefore + 3);

    long creative = units.findByCode("CANDI-CREATIVE").orElseThrow().id();
    Person asha = people.findByUsername("asha." + tag).orElseThrow();
    assertThat(asha.kind()).isEqualTo(PersonKind.STAFF);
    assertThat(asha.unitId()).isEqualTo(creative);
    assertThat(asha.roles()).containsExactlyInAnyOrder(RoleGrant.of(Role.STAFF),
        new RoleGrant(Role.HEAD_OF_UNIT, creative), RoleGrant.of(Role.TUTOR));

    Person sam = people.findByUsername("sam." + tag).orElseThrow();
    assertThat(sam.dateOfBirth()).isEqualTo(LocalDate.of(2009, 9, 1));
    assertThat(sam.roles()).containsExactly(RoleGrant.of(Role.LEARNER));

    Person pat = people.findByUsername("pat." + tag).orElseThrow();
    assertThat(pat.givenName()).isEqualTo("Pat \"PJ\", Jr");
    assertThat(pat.roles()).isEmpty();

    // Nobody imported can sign in with a password until an administrator sets one.
    assertThat(people.credentials("asha." + tag).orElseThrow().passwordHash()).isNull();
  }

  @Test
  void aFileWithBadRowsInTheMiddleImportsNobodyAndNamesEveryBadLineAndField() {
    long before = people.count();
    String csv = HEADER + "\n"
        + staff("first") + "\n"                                                    // line 2, good
        + "staff,Bad,Email,not-an-email,bad.email." + tag + ",,CANDI-CREATIVE,staff\n"   // line 3
        + "staff,Bad,Unit,bad.unit." + tag + "@example.ac.uk,bad.unit." + tag + ",,NOWHERE,\n" // 4
        + "learner,No,Birthday,nobd." + tag + "@example.ac.uk,nobd." + tag + ",,CANDI-CREATIVE,\n" // 5
        + staff("last") + "\n";                                                    // line 6, good

    ImportResult result = run(csv);

    assertThat(result.accepted()).isFalse();
    assertThat(result.imported()).isZero();
    assertThat(result.problems()).extracting(FieldProblem::line, FieldProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "email"),
            org.assertj.core.groups.Tuple.tuple(4, "unit"),
            org.assertj.core.groups.Tuple.tuple(5, "date_of_birth"));
    assertThat(result.problems().get(1).message()).contains("NOWHERE");
    assertThat(people.count()).isEqualTo(before);
    assertThat(people.findByUsername("first." + tag)).isEmpty();
  }

  @Test
  void everyProblemOnALineIsReportedNotJustTheFirst() {
    String csv = HEADER + "\n"
        + "teacher,," + "x".repeat(101) + ",a@b,has space,01/09/2009,,wizard;head-of-unit\n";

    ImportResult result = run(csv);

    assertThat(result.problems()).extracting(FieldProblem::field).containsExactly(
        "kind", "given_name", "family_name", "email", "username", "date_of_birth", "unit",
        "roles", "roles");
    assertThat(result.problems()).allMatch(p -> p.line() == 2);
  }

  static Stream<Arguments> malformedFiles() {
    byte[] junk = new byte[512];
    new Random(42).nextBytes(junk);
    return Stream.of(
        Arguments.of("unterminated quote",
            (HEADER + "\nstaff,\"Asha,Patel,a@example.ac.uk,asha,,CANDI,\nstaff,B,C,b@x.uk,b,,CANDI,\n")
                .getBytes(UTF_8), 2, "never closed"),
        Arguments.of("wrong column count",
            (HEADER + "\nstaff,Asha,Patel,a@example.ac.uk,asha,CANDI,staff\n").getBytes(UTF_8), 2,
            "has 7 values but the header has 8 columns"),
        Arguments.of("text after a closing quote",
            (HEADER + "\nstaff,\"Asha\"x,Patel,a@example.ac.uk,asha,,CANDI,\n").getBytes(UTF_8), 2,
            "after a closing quote"),
        Arguments.of("missing header",
            "staff,Asha,Patel,a@example.ac.uk,asha,,CANDI,staff\n".getBytes(UTF_8), 1,
            "first line must be a header"),
        Arguments.of("empty file", new byte[0], null, "The file is empty"),
        Arguments.of("only blank lines", "\r\n\n  \n,,,\n".getBytes(UTF_8), null, "The file is empty"),
        Arguments.of("header but nobody", (HEADER + "\n").getBytes(UTF_8), null, "no people"),
        Arguments.of("binary junk", junk, null, "not a CSV text file in UTF-8"),
        Arguments.of("binary but valid UTF-8",
            (HEADER + "\nstaff,A\u0000\u0001,B,a@example.ac.uk,a,,CANDI,\n").getBytes(UTF_8), 2,
            "binary data"),
        Arguments.of("a spreadsheet in UTF-16", (HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16),
            null, "not a CSV text file in UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void aMalformedFileGetsAClearProblemAndChangesNothing(String name, byte[] file, Integer line,
      String message) {
    long before = people.count();

    ImportResult result = imports.importCsv(ADMIN, file);

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).line()).isEqualTo(line);
    assertThat(result.problems().get(0).message()).contains(message);
    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void brokenLinesAreAllReportedWhenTheFileCanStillBeRead() {
    String csv = HEADER + "\n"
        + "staff,A\"b,C,a@example.ac.uk,a,,CANDI,\n"
        + staff("fine") + "\n"
        + "staff,\"A\" b,C,a@example.ac.uk,a,,CANDI,\n";

    assertThat(run(csv).problems()).extracting(FieldProblem::line).containsExactly(2, 4);
  }

  @Test
  void peopleAlreadyInSteward_orTwiceInTheFile_areRejected() {
    assertThat(run(HEADER + "\n" + staff("existing") + "\n").accepted()).isTrue();
    long before = people.count();
    String csv = HEADER + "\n"
        // Same email and username as someone already imported, in other case.
        + "staff,Again,Tester,EXISTING." + tag.toUpperCase() + "@EXAMPLE.AC.UK,Existing." + tag
        + ",,CANDI,staff\n"
        + staff("twin") + "\n"
        + "staff,Twin,Again,twin." + tag + "@Example.ac.uk,TWIN." + tag + ",,CANDI,staff\n";

    ImportResult result = run(csv);

    assertThat(result.problems()).extracting(FieldProblem::line, FieldProblem::field,
        p -> p.message().contains("line 3") || p.message().contains("already has"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "email", true),
            org.assertj.core.groups.Tuple.tuple(2, "username", true),
            org.assertj.core.groups.Tuple.tuple(4, "email", true),
            org.assertj.core.groups.Tuple.tuple(4, "username", true));
    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void theHeaderMustNameKnownColumnsEachOnceAndNoPasswords() {
    ImportResult result = run(
        "kind,given_name,family_name,Email,EMAIL,username,unit,password,shoe size\n"
            + "staff,A,B,a@example.ac.uk,a@example.ac.uk,a,CANDI,secret,9\n");

    assertThat(result.problems()).extracting(FieldProblem::line, FieldProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "email"),
            org.assertj.core.groups.Tuple.tuple(1, "password"),
            org.assertj.core.groups.Tuple.tuple(1, "shoe size"));
    assertThat(result.problems().get(1).message()).contains("Passwords cannot be imported");

    assertThat(run("kind,given_name,email,username\nstaff,A,a@example.ac.uk,a\n").problems())
        .extracting(FieldProblem::field).containsExactly("family_name", "unit");
  }

  @Test
  void learnersHoldOnlyTheLearnerRoleAndScopedRolesNameAnExistingUnit() {
    String csv = HEADER + "\n"
        + "learner,L,One,l1." + tag + "@example.ac.uk,l1." + tag + ",2009-01-01,CANDI,learner;administrator\n"
        + "staff,S,One,s1." + tag + "@example.ac.uk,s1." + tag + ",,CANDI,staff;learner\n"
        + "staff,S,Two,s2." + tag + "@example.ac.uk,s2." + tag + ",,CANDI,head-of-unit@NOWHERE;hr@CANDI\n"
        + "staff,S,Three,s3." + tag + "@example.ac.uk,s3." + tag + ",,CANDI,Head-Of-Unit @ candi ; press-officer\n";

    ImportResult result = run(csv);

    assertThat(result.problems()).extracting(FieldProblem::line, FieldProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "roles"),
            org.assertj.core.groups.Tuple.tuple(3, "roles"),
            org.assertj.core.groups.Tuple.tuple(4, "roles"),
            org.assertj.core.groups.Tuple.tuple(4, "roles"));
    assertThat(result.problems().get(0).message()).contains("learner cannot hold the role administrator");
    assertThat(result.problems().get(2).message()).contains("NOWHERE");
    assertThat(result.problems().get(3).message()).contains("whole organisation");
  }

  @Test
  void datesOfBirthMustBeRealPastAndPlausible() {
    LocalDate today = LocalDate.now();
    String csv = HEADER + "\n"
        + learner("a", today.plusDays(1).toString()) + "\n"
        + learner("b", "2009-02-30") + "\n"
        + learner("c", "01/09/2009") + "\n"
        + learner("d", today.minusYears(130).toString()) + "\n"
        + learner("e", today.minusYears(3).toString()) + "\n";

    ImportResult result = run(csv);

    assertThat(result.problems()).extracting(FieldProblem::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(result.problems()).allMatch(p -> p.field().equals("date_of_birth"));
    assertThat(result.problems().get(0).message()).contains("in the past");
  }

  private String learner(String name, String born) {
    return "learner," + name + ",L," + name + "." + tag + "@example.ac.uk," + name + "." + tag + ","
        + born + ",CANDI-CREATIVE,";
  }

  @Test
  void fieldsMayBeAsLongAsTheDatabaseAllowsAndNoLonger() {
    String ok = "staff," + "g".repeat(100) + "," + "f".repeat(100) + ",long." + tag
        + "@example.ac.uk," + "u".repeat(90) + tag + ",,CANDI,\n";
    String tooLong = "staff," + "g".repeat(101) + ",F,l2." + tag + "@example.ac.uk,"
        + "u".repeat(93) + tag + ",," + "CANDI,\n";

    ImportResult rejected = run(HEADER + "\n" + ok + tooLong);
    assertThat(rejected.problems()).extracting(FieldProblem::line, FieldProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "given_name"),
            org.assertj.core.groups.Tuple.tuple(3, "username"));

    assertThat(run(HEADER + "\n" + ok).imported()).isEqualTo(1);
  }

  @Test
  void aFileOfMoreThanTenThousandPeopleIsRejectedWhole() {
    long before = people.count();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= PeopleImport.MAX_ROWS; i++) {
      csv.append(staff("p" + i)).append('\n');
    }

    ImportResult result = run(csv.toString());

    assertThat(result.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than 10,000 people"));
    assertThat(people.count()).isEqualTo(before);
  }

  /** The spy sits behind the transactional proxy; stub it there, not on the proxy. */
  private AuditTrail spiedAudit() {
    return AopTestUtils.getUltimateTargetObject(audit);
  }

  @Test
  void aFailurePartWayThroughRollsBackEveryoneAlreadyInserted() {
    long before = people.count();
    long auditsBefore = importedAudits();
    AtomicInteger calls = new AtomicInteger();
    doAnswer(call -> {
      if (calls.incrementAndGet() == 2) {
        throw new IllegalStateException("simulated failure after the first insert");
      }
      return call.callRealMethod();
    }).when(spiedAudit()).record(any(), eq("person.imported"), any(), any(), any());

    assertThatThrownBy(() -> run(HEADER + "\n" + staff("one") + "\n" + staff("two") + "\n"
        + staff("three") + "\n")).hasMessageContaining("simulated failure");

    assertThat(people.count()).isEqualTo(before);
    assertThat(people.findByUsername("one." + tag)).isEmpty();
    assertThat(importedAudits()).isEqualTo(auditsBefore);
  }
}
