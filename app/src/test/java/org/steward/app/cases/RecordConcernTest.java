package org.steward.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.app.identity.Actor;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.People;
import org.steward.app.people.Person;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/**
 * "Report a concern" from a post page, an inbox item page and the API (issue #13): the evidence
 * (the text, its platform address, the findings stored with the record, the snapshot's SHA-256)
 * is captured from the record itself at that moment, never from the form; the case is routed by
 * its type and only its people read it (never an administrator); the page says to whom it went
 * and nothing of the case; bad input comes back named (422) and opens nothing; someone who may
 * not see the record is refused, audited, and opens nothing.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
class RecordConcernTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired CaseHandling cases;

  Person person(String username) {
    return people.findByUsername(username).orElseThrow();
  }

  Authentication as(String username) {
    Person p = person(username);
    return TestUsers.as(p.id(), p.roles().toArray(RoleGrant[]::new));
  }

  Actor actor(String username) {
    Person p = person(username);
    return new Actor(p.id(), p.displayName(), p.roles());
  }

  long count() {
    return jdbc.sql("select count(*) from cases").query(Long.class).single();
  }

  long latest() {
    return jdbc.sql("select max(id) from cases").query(Long.class).single();
  }

  long publishedPost() {
    return jdbc.sql("select id from posts where platform_url = 'https://www.instagram.com/p/CandiSummerStudios/'")
        .query(Long.class).single();
  }

  long inboxItem(String demoId) {
    return jdbc.sql("select id from inbox_items where platform_id like ?").param("%" + demoId).query(Long.class)
        .single();
  }

  long refusals(String objectType, long id) {
    return jdbc.sql("select count(*) from audit_entries where action like '%refused%' and object_type = ? and object_id = ?")
        .params(objectType, Long.toString(id)).query(Long.class).single();
  }

  @Test
  @Clause({"SAF-6", "CON-5"})
  void aConcernFromAPostPageCarriesThePostAsItIsAndReachesOnlyItsPeople() throws Exception {
    long postId = publishedPost();
    String text = jdbc.sql("select text from posts where id = ?").param(postId).query(String.class).single();
    long before = count();
    // The form cannot choose the evidence: a forged text is ignored, the post's own is captured.
    MvcResult sent = mvc.perform(post("/posts/" + postId + "/concern").with(csrf()).with(authentication(as("staff")))
        .param("concern", "conduct").param("summary", "A colleague's comments under this post break the policy.")
        .param("text", "forged words")).andReturn();
    assertThat(sent.getResponse().getStatus()).isEqualTo(302);
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/posts/" + postId);
    assertThat(count()).isEqualTo(before + 1);
    // The page is told to whom it went, nothing of the case (the banner is in CaseJourneyTest).
    assertThat((java.util.Map<String, Object>) sent.getFlashMap()).containsOnlyKeys("concernSent").containsEntry("concernSent", "HR");

    long id = latest();
    var view = cases.view(actor("hr"), id);
    assertThat(view.summary().type()).isEqualTo(CaseType.CONDUCT);
    assertThat(view.summary().source()).isEqualTo("post");
    assertThat(view.evidence().text()).isEqualTo(text).doesNotContain("forged");
    assertThat(view.evidence().where()).isEqualTo("post " + postId);
    assertThat(view.evidence().platformUrl()).isEqualTo("https://www.instagram.com/p/CandiSummerStudios/");
    assertThat(view.evidence().snapshotSha256()).isEqualTo(Evidence.sha256(text));
    assertThat(view.evidence().intact()).isTrue();
    assertThatThrownBy(() -> cases.view(actor("admin"), id)).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> cases.view(actor("staff"), id)).isInstanceOf(AuditedRefusal.class);
    assertThatThrownBy(() -> cases.view(actor("dsl"), id)).isInstanceOf(AuditedRefusal.class);
  }

  @Test
  @Clause({"SAF-4", "SAF-6", "SAF-7"})
  void aConcernFromAnInboxItemCarriesTheWordsAsTheyArrivedWithTheirFindings() throws Exception {
    long itemId = inboxItem("demo-3");
    var row = jdbc.sql("select body, url, findings from inbox_items where id = ?").param(itemId)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    long before = count();
    MvcResult sent = mvc.perform(post("/moderation/items/" + itemId + "/concern").with(csrf())
        .with(authentication(as("marketing"))).param("concern", "bullying")
        .param("summary", "This account keeps targeting one of our learners.")).andReturn();
    assertThat(sent.getResponse().getStatus()).isEqualTo(302);
    assertThat((java.util.Map<String, Object>) sent.getFlashMap()).containsOnlyKeys("concernSent")
        .containsEntry("concernSent", "the designated safeguarding lead");
    assertThat(count()).isEqualTo(before + 1);

    long id = latest();
    var view = cases.view(actor("dsl"), id);
    assertThat(view.summary().type()).isEqualTo(CaseType.SAFEGUARDING);
    assertThat(view.summary().source()).isEqualTo("inbox");
    assertThat(view.evidence().text()).isEqualTo(row.get(0));
    assertThat(view.evidence().platformUrl()).isEqualTo(row.get(1));
    assertThat(view.evidence().snapshotSha256()).isEqualTo(Evidence.sha256(row.get(0)));
    assertThat(view.evidence().findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(row.get(2)).contains(f.clause() + " " + f.category() + ": " + f.message()));
    // The page of the case shows the hash to its reader.
    String casePage = mvc.perform(get("/cases/" + id).with(authentication(as("dsl")))).andReturn().getResponse()
        .getContentAsString();
    assertThat(casePage).contains(Evidence.sha256(row.get(0))).contains("Snapshot intact");
    for (String other : List.of("admin", "hr", "dpo", "staff")) {
      assertThat(mvc.perform(get("/cases/" + id).with(authentication(as(other)))).andReturn().getResponse()
          .getStatus()).as(other).isIn(403);
    }
  }

  @Test
  void aConcernWithoutItsDetailsComesBackOnThePageNamedAndOpensNothing() throws Exception {
    long postId = publishedPost();
    long itemId = inboxItem("demo-1");
    long before = count();
    var onPost = mvc.perform(post("/posts/" + postId + "/concern").with(csrf()).with(authentication(as("staff")))
        .param("concern", "made-up").param("summary", "  ")).andReturn().getResponse();
    assertThat(onPost.getStatus()).isEqualTo(422);
    assertThat(onPost.getContentAsString()).contains("Choose what the concern is").contains("Say what the concern is")
        .contains("href=\"#concern-summary\"").contains("href=\"#concern-concern\"").contains("govuk-error-message");
    var onItem = mvc.perform(post("/moderation/items/" + itemId + "/concern").with(csrf())
        .with(authentication(as("marketing"))).param("concern", "conduct").param("summary", "x".repeat(20_001)))
        .andReturn().getResponse();
    assertThat(onItem.getStatus()).isEqualTo(422);
    assertThat(onItem.getContentAsString()).contains("href=\"#concern-summary\"").contains("characters or fewer");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  @Clause("SAF-6")
  void someoneWhoMayNotSeeTheRecordIsRefusedAuditedAndOpensNothing() throws Exception {
    long postId = publishedPost();
    long itemId = inboxItem("demo-1");
    long before = count();
    long postRefusals = refusals("post", postId);
    assertThat(mvc.perform(post("/posts/" + postId + "/concern").with(csrf()).with(authentication(as("hr")))
        .param("concern", "conduct").param("summary", "Seen elsewhere.")).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(refusals("post", postId)).isEqualTo(postRefusals + 1);
    long itemRefusals = refusals("inbox-item", itemId);
    assertThat(mvc.perform(post("/moderation/items/" + itemId + "/concern").with(csrf()).with(authentication(as("hr")))
        .param("concern", "conduct").param("summary", "Seen elsewhere.")).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(refusals("inbox-item", itemId)).isEqualTo(itemRefusals + 1);
    // Through the API the same rule applies.
    assertThat(mvc.perform(post("/api/v1/cases").with(csrf()).with(authentication(as("hr")))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"concern\":\"conduct\",\"about\":\"post\",\"recordId\":" + postId + ",\"summary\":\"x\"}"))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  @Clause({"SAF-4", "ACC-12"})
  void theApiCapturesTheRecordsOwnEvidenceThroughTheSameService() throws Exception {
    long itemId = inboxItem("demo-4");
    String body = jdbc.sql("select body from inbox_items where id = ?").param(itemId).query(String.class).single();
    long before = count();
    var forged = mvc.perform(post("/api/v1/cases").with(csrf()).with(authentication(as("marketing")))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"concern\":\"\",\"about\":\"inbox\",\"recordId\":" + itemId
            + ",\"text\":\"other words\",\"platformUrl\":\"https://example.org/x\",\"summary\":\"\"}"))
        .andReturn().getResponse();
    assertThat(forged.getStatus()).isEqualTo(422);
    assertThat(forged.getContentAsString()).contains("\"text\"").contains("\"platformUrl\"").contains("\"concern\"")
        .contains("\"summary\"");
    var noRecord = mvc.perform(post("/api/v1/cases").with(csrf()).with(authentication(as("marketing")))
        .contentType(MediaType.APPLICATION_JSON).content("{\"concern\":\"personal-data\",\"about\":\"inbox\",\"summary\":\"x\"}"))
        .andReturn().getResponse();
    assertThat(noRecord.getStatus()).isEqualTo(422);
    assertThat(noRecord.getContentAsString()).contains("\"recordId\"");
    assertThat(count()).isEqualTo(before);

    var created = mvc.perform(post("/api/v1/cases").with(csrf()).with(authentication(as("marketing")))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"concern\":\"account-misuse\",\"about\":\"inbox\",\"recordId\":" + itemId
            + ",\"summary\":\"This reply came from our own second account: someone else has its password.\"}"))
        .andReturn().getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getContentAsString()).contains("\"routedTo\":\"marketing\"").doesNotContain("password");
    var view = cases.view(actor("marketing"), latest());
    assertThat(view.summary().type()).isEqualTo(CaseType.ACCOUNT);
    assertThat(view.evidence().text()).isEqualTo(body);
    assertThat(view.evidence().where()).startsWith("inbox item " + itemId);
    assertThat(view.evidence().snapshotSha256()).isEqualTo(Evidence.sha256(body));
    assertThat(jdbc.sql("select account_id from cases where id = ?").param(latest()).query(Long.class).single())
        .isEqualTo(jdbc.sql("select account_id from inbox_items where id = ?").param(itemId).query(Long.class).single());
  }

  @Test
  void theOpenApiSaysTheEvidenceIsCapturedFromTheRecord() throws Exception {
    String api = mvc.perform(get("/v3/api-docs").with(authentication(as("admin")))).andReturn().getResponse()
        .getContentAsString();
    assertThat(api).contains("recordId").contains("the evidence is read from that record in Steward at this moment");
  }
}
