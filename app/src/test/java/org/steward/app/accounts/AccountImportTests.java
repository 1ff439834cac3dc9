package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.steward.app.csv.ImportResult;
import org.steward.app.web.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.app.people.OrganisationService;
import org.steward.app.people.People;
import org.steward.app.people.PeopleService;
import org.steward.engine.Clause;

/** CSV import of existing accounts (the 2018 audit's spreadsheet): all or nothing. */
@Import(AccountTestConfig.class)
abstract class AccountImportTests {
  static final String HEADER = "platform,handle,name,unit,purpose,audience,visibility,teaching_group,url,managers,last_post,status\n";

  @Autowired AccountImport imports;
  @Autowired AccountRegistry registry;
  @Autowired OrganisationService organisation;
  @Autowired PeopleService peopleService;
  @Autowired People people;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  AccountFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T09:00:00Z"));
    f = AccountFixture.FIXTURES.computeIfAbsent(jdbc, k ->
        new AccountFixture(organisation, peopleService, people, encoder.encode("x")));
    AccountTables.empty(jdbc);
  }

  ImportResult run(String csv) {
    return imports.importCsv(f.marketing, csv.getBytes(StandardCharsets.UTF_8));
  }

  long accounts() {
    return jdbc.sql("select count(*) from accounts").query(Long.class).single();
  }

  @Test
  @Clause({"ACC-1", "ACC-13"})
  void aGoodFileImportsEveryAccountWithManagersAndLastPost() {
    var r = run(HEADER
        + "instagram,@CandiCreative,Creative Arts,C1-CREATIVE,Show work,prospective learners,public,no,https://instagram.com/CandiCreative,sam;cora,2026-05-20,active\n"
        + "facebook,\"Level 3 Art, 2025\",Level 3 Art group,C1-CREATIVE,Course group,level 3 learners,closed-group,yes,,sam,,dormant\r\n"
        + "x,@BuildNews,Build news,C1-BUILD,News,employers,public,,,olu@test.example,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.imported()).isEqualTo(3);
    var all = registry.list(f.marketing, Accounts.Filter.none(), 0, 10).items();
    assertThat(all).extracting(Account::handle)
        .containsExactlyInAnyOrder("@CandiCreative", "Level 3 Art, 2025", "@BuildNews");
    Account creative = all.stream().filter(a -> a.handle().equals("@CandiCreative")).findFirst().orElseThrow();
    assertThat(creative.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(creative.lastPostAt()).isNotNull();
    assertThat(registry.view(f.marketing, creative.id()).staffManagers()).isEqualTo(2);
    assertThat(all).filteredOn(a -> a.handle().startsWith("Level")).singleElement()
        .matches(a -> a.status() == AccountStatus.DORMANT);
    // One manager only: flagged at once (ACC-7).
    assertThat(registry.tooFewManagers()).extracting(Account::handle).contains("@BuildNews");
  }

  @Test
  @Clause("ACC-1")
  void aFileWithAnyBadLineIsRejectedWholeWithLineNumbers() {
    var r = run(HEADER
        + "instagram,@Good,Good one,C1-CREATIVE,p,a,public,,,sam,,\n"
        + "myspace,@Bad,Bad platform,NOPE,p,a,public,,,nobody,31/12/2025,active\n"
        + "instagram,@good,Duplicate handle,C1-CREATIVE,p,a,secret,maybe,ftp://x,,,\n"
        + "facebook,@Group,Teaching group,C1-CREATIVE,p,a,public,yes,,,,\n");
    assertThat(r.accepted()).isFalse();
    assertThat(r.problems()).extracting(p -> p.line() + ":" + p.field()).contains(
        "3:platform", "3:unit", "3:managers", "3:last_post",
        "4:visibility", "4:teaching_group", "4:url", "4:handle", "5:visibility");
    assertThat(accounts()).isZero();
  }

  @Test
  @Clause("ACC-1")
  void aHandleAlreadyRegisteredIsAProblemAndMissingColumnsAreNamed() {
    assertThat(run(HEADER + "instagram,@One,One,C1-CREATIVE,p,a,public,,,,,\n").imported()).isEqualTo(1);
    var again = run(HEADER + "instagram,@two,Two,C1-CREATIVE,p,a,public,,,,,\n"
        + "instagram,one,One again,C1-CREATIVE,p,a,public,,,,,\n");
    assertThat(again.problems()).singleElement().matches(p -> p.line() == 3 && p.field().equals("handle"));
    assertThat(accounts()).isEqualTo(1);
    assertThat(run("platform,handle\ninstagram,@x\n").problems()).extracting(FieldProblem::field)
        .contains("name", "unit", "purpose", "audience", "visibility");
    assertThat(run("").problems()).singleElement().matches(p -> p.line() == null);
    assertThat(imports.importCsv(f.marketing, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).problems())
        .singleElement().matches(p -> p.message().contains("UTF-8"));
  }

  @Test
  @Clause("ACC-1")
  void onlyMarketingImports() {
    assertThatThrownBy(() -> imports.importCsv(f.staff, HEADER.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
