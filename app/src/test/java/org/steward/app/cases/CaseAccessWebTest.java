package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.People;
import org.steward.app.people.Person;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/**
 * Every case type × every role through the pages and the API (the services are covered in
 * {@code CaseWorkflowTests}): the people a type is routed to read the case, its summary and its
 * evidence; everyone else, administrators included, is refused (403) and learns nothing of it:
 * not its summary, not its evidence, not its reference in their list. The cases are opened from a
 * post and an inbox item (evidence from the record) as well as from a report.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
class CaseAccessWebTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Concerns concerns;
  @Autowired Reports reports;
  @Autowired CaseStore store;

  Actor actor(String username) {
    Person p = people.findByUsername(username).orElseThrow();
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  MockHttpServletResponse get(String path, Authentication who) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(authentication(who))).andReturn().getResponse();
  }

  @Test
  @Clause({"SAF-4", "SAF-5", "SAF-6", "ACC-12", "CON-5"})
  void everyCaseTypeIsReadThroughPagesAndApiOnlyByItsPeopleNeverByAnAdministrator() throws Exception {
    long post = jdbc.sql("select id from posts where platform_url = 'https://www.instagram.com/p/CandiSummerStudios/'")
        .query(Long.class).single();
    long item = jdbc.sql("select id from inbox_items where platform_id like '%demo-3'").query(Long.class).single();
    String evidence = jdbc.sql("select body from inbox_items where id = ?").param(item).query(String.class).single();
    Map<CaseType, Long> ids = new EnumMap<>(CaseType.class);
    Map<CaseType, String> words = new EnumMap<>(CaseType.class);
    words.put(CaseType.SAFEGUARDING, "access-words-safeguarding");
    words.put(CaseType.RADICALISATION, "access-words-radicalisation");
    words.put(CaseType.DATA_BREACH, "access-words-data-breach");
    words.put(CaseType.CONDUCT, "access-words-conduct");
    words.put(CaseType.ACCOUNT, "access-words-account");
    ids.put(CaseType.SAFEGUARDING, concerns.raiseAbout(actor("marketing"), new Concerns.AboutRecord("bullying",
        Subject.INBOX, item, words.get(CaseType.SAFEGUARDING))).caseId());
    var receipt = reports.submit(new Reports.ReportRequest("extremism", "post", words.get(CaseType.RADICALISATION),
        "https://example.org/p/9", true, null, null), java.util.Optional.empty());
    ids.put(CaseType.RADICALISATION, store.byReceipt(Receipts.hash(receipt.code())).orElseThrow().id());
    ids.put(CaseType.DATA_BREACH, concerns.raiseAbout(actor("staff"), new Concerns.AboutRecord("personal-data",
        Subject.POST, post, words.get(CaseType.DATA_BREACH))).caseId());
    ids.put(CaseType.CONDUCT, concerns.raiseAbout(actor("staff"), new Concerns.AboutRecord("conduct",
        Subject.POST, post, words.get(CaseType.CONDUCT))).caseId());
    ids.put(CaseType.ACCOUNT, concerns.raiseAbout(actor("marketing"), new Concerns.AboutRecord("account-misuse",
        Subject.INBOX, item, words.get(CaseType.ACCOUNT))).caseId());
    assertThat(ids.keySet()).containsExactlyInAnyOrder(CaseType.values());

    long unit = jdbc.sql("select min(id) from units").query(Long.class).single();
    long someone = people.findByUsername("staff").orElseThrow().id();
    for (Role role : Role.values()) {
      Authentication who = TestUsers.as(someone, new RoleGrant(role, role.scoped() ? unit : null));
      for (CaseType type : CaseType.values()) {
        long id = ids.get(type);
        String reference = CaseRecord.reference(id);
        boolean reader = type.readers().contains(role);
        String what = role + " on " + type;
        var page = get("/cases/" + id, who);
        var api = get("/api/v1/cases/" + id, who);
        var list = get("/cases", who);
        var apiList = get("/api/v1/cases", who);
        if (reader) {
          assertThat(page.getStatus()).as(what).isEqualTo(200);
          assertThat(page.getContentAsString()).as(what).contains(words.get(type));
          assertThat(api.getStatus()).as(what).isEqualTo(200);
          assertThat(api.getContentAsString()).as(what).contains(words.get(type));
          assertThat(list.getContentAsString()).as(what).contains(reference);
        } else {
          assertThat(page.getStatus()).as(what).isEqualTo(403);
          assertThat(api.getStatus()).as(what).isEqualTo(403);
          for (var r : List.of(page, api, list, apiList)) {
            assertThat(r.getContentAsString()).as(what).doesNotContain(words.get(type)).doesNotContain(reference);
            if (type == CaseType.SAFEGUARDING) {
              assertThat(r.getContentAsString()).as(what).doesNotContain(Evidence.sha256(evidence));
            }
          }
        }
      }
    }
    // Administrators read no case at all, and their refusals are in the audit trail.
    for (long id : ids.values()) {
      assertThat(jdbc.sql("select count(*) from audit_entries where action = 'case.refused' and object_id = ?"
          + " and actor_id = ?").params(Long.toString(id), someone).query(Long.class).single()).isPositive();
    }
  }
}
