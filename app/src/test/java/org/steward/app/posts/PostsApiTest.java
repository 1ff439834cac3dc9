package org.steward.app.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.app.accounts.AccountTestConfig;
import org.steward.app.accounts.MutableClock;
import org.steward.app.connectors.support.TestImages;
import org.steward.engine.Clause;

/**
 * The posts API end to end with HTTP Basic against the demo users and accounts: write, submit,
 * approve or reject, publish by hand; refusals are 403 and audited (no self-approval), moves the
 * state does not allow 409, bad input 422 naming every field with nothing written.
 */
@SpringBootTest(properties = {"steward.demo-data=true", PostsApiTest.VAULT_KEY, "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(AccountTestConfig.class)
class PostsApiTest {
  /** The same master key as the accounts tests, so the Spring context is shared with them. */
  static final String VAULT_KEY = "steward.vault.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  static final String PW = "Steward-demo-2026";
  static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PostApproval approval;
  @Autowired MutableClock clock;
  @Autowired PostWork work;
  @Autowired PostAccountRules rules;
  @Autowired org.steward.app.people.PeopleService people;

  MvcResult call(MockHttpServletRequestBuilder req, String user, String json) throws Exception {
    req = req.with(httpBasic(user, PW)).accept(MediaType.APPLICATION_JSON);
    if (json != null) {
      req = req.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(req).andReturn();
  }

  long account(String handle) {
    return jdbc.sql("select id from accounts where handle = ?").param(handle).query(Long.class).single();
  }

  long refused(String user) {
    return jdbc.sql("select count(*) from audit_entries where action = 'post.refused' and actor_id ="
        + " (select id from people where username = ?)").param(user).query(Long.class).single();
  }

  long posts() {
    return jdbc.sql("select count(*) from posts").query(Long.class).single();
  }

  static long id(MvcResult r) throws Exception {
    Matcher m = ID.matcher(r.getResponse().getContentAsString());
    assertThat(m.find()).as(r.getResponse().getContentAsString()).isTrue();
    return Long.parseLong(m.group(1));
  }

  static String body(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString();
  }

  @Test
  void theDemoShowsPostsInEveryStateAndAFailureWithItsReason() throws Exception {
    // Other tests of this context add posts; the demo's own are those of the demo accounts' first load.
    assertThat(jdbc.sql("select distinct state from posts where author_id = (select id from people where"
        + " username = 'staff')").query(String.class).list())
        .contains("draft", "submitted", "rejected", "approved", "scheduled", "published", "removed", "expired",
            "failed");
    long failed = jdbc.sql("select min(id) from posts where state = 'failed'").query(Long.class).single();
    MvcResult r = call(get("/api/v1/posts/" + failed), "staff", null);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(r)).contains("\"state\":\"failed\"", "no sign-in details for Creative Arts on Bluesky");
  }

  @Test
  @Clause({"CON-14", "SAF-1", "SAF-3"})
  void consentIsRequestedForSomeonePicturedThroughTheApiButNeverForADoNotPublishLearner() throws Exception {
    // The demo's TikTok draft pictures Jamie (photos on Instagram only) and Leo (do-not-publish).
    long id = jdbc.sql("select id from posts where text like 'Set building for the summer show%'")
        .query(Long.class).single();
    long jamie = people.lookUp("learner").orElseThrow().id();
    long leo = people.lookUp("leo.grant").orElseThrow().id();
    MvcResult asks = call(get("/api/v1/posts/" + id + "/consent-requests"), "staff", null);
    assertThat(asks.getResponse().getStatus()).as(body(asks)).isEqualTo(200);
    assertThat(body(asks)).contains("\"personId\":" + jamie, "\"personId\":" + leo, "\"mayRequest\":false",
        "\"recipientOnRecord\":true", "no consent in force for photos on TikTok");

    MvcResult none = call(post("/api/v1/posts/" + id + "/consent-requests"), "staff", "{}");
    assertThat(none.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(none)).contains("\"personId\"");
    MvcResult bad = call(post("/api/v1/posts/" + id + "/consent-requests"), "staff",
        "{\"personId\":" + jamie + ",\"name\":\"" + "x".repeat(201) + "\",\"email\":\"nowhere\"}");
    assertThat(bad.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(bad)).contains("\"name\"", "\"email\"");

    long refusals = refused("staff");
    MvcResult dnp = call(post("/api/v1/posts/" + id + "/consent-requests"), "staff", "{\"personId\":" + leo + "}");
    assertThat(dnp.getResponse().getStatus()).isEqualTo(403);
    assertThat(refused("staff")).isEqualTo(refusals + 1);

    // Left empty, the request goes to the guardian on record.
    MvcResult sent = call(post("/api/v1/posts/" + id + "/consent-requests"), "staff", "{\"personId\":" + jamie + "}");
    assertThat(sent.getResponse().getStatus()).as(body(sent)).isEqualTo(201);
    assertThat(body(sent)).contains("\"outcome\":\"sent\"", "\"to\":\"paul.smith@example.com\"", "\"expiresAt\":");
    // Someone who may not see the post may not ask either.
    assertThat(call(post("/api/v1/posts/" + id + "/consent-requests"), "learner", "{\"personId\":" + jamie + "}")
        .getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  @Clause("CON-7")
  void aPostGoesFromDraftToPublishedThroughTheApi() throws Exception {
    long insta = account("@CandiCreative");
    String png = Base64.getEncoder().encodeToString(TestImages.png(3));
    MvcResult created = call(post("/api/v1/posts"), "staff", """
        {"accountId":%d,"text":"Portfolio day on Saturday: bring your sketchbooks! @CapitalCCG @CandI_College",
         "media":[{"data":"%s","mimeType":"image/png","altText":"Learners sketching in the studio",
                   "rights":"own","people":[{"name":"A visiting artist"}]}]}""".formatted(insta, png));
    assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
    long id = id(created);
    assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/posts/" + id);
    assertThat(body(created)).contains("\"state\":\"draft\"", "\"verdict\":", "\"findings\":",
        "\"altText\":\"Learners sketching in the studio\"", "\"rights\":\"own\"", "\"name\":\"A visiting artist\"");

    // The account's posts are always approved (demo rule): submitted, and the head of school is told.
    MvcResult submitted = call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
    assertThat(body(submitted)).contains("\"state\":\"submitted\"", "\"approvalNeeded\":true",
        "always approved");
    assertThat(jdbc.sql("select count(*) from notifications where link = ? and person_id ="
        + " (select id from people where username = 'head.creative')").param("/posts/" + id)
        .query(Long.class).single()).isEqualTo(1);

    // No self-approval: the author is refused (403, audited) even if they held an approver's role.
    long before = refused("staff");
    assertThat(call(post("/api/v1/posts/" + id + "/approve"), "staff", "{}").getResponse().getStatus()).isEqualTo(403);
    assertThat(refused("staff")).isEqualTo(before + 1);
    // Someone who is not an approver for the account: refused.
    long press = refused("press");
    assertThat(call(post("/api/v1/posts/" + id + "/approve"), "press", "{}").getResponse().getStatus()).isEqualTo(403);
    assertThat(refused("press")).isEqualTo(press + 1);

    MvcResult approved = call(post("/api/v1/posts/" + id + "/approve"), "head.creative", "{\"note\":\"Good\"}");
    assertThat(body(approved)).contains("\"state\":\"approved\"", "\"approver\":\"");
    // Approving twice is a move the state does not allow.
    assertThat(call(post("/api/v1/posts/" + id + "/approve"), "hodm", "{}").getResponse().getStatus()).isEqualTo(409);

    // Instagram is posted by hand: marked ready, then the pasted address publishes it.
    MvcResult ready = call(post("/api/v1/posts/" + id + "/publish"), "staff", null);
    assertThat(body(ready)).contains("\"state\":\"approved\"", "\"readyForManualPosting\":true");
    MvcResult wrong = call(post("/api/v1/posts/" + id + "/address"), "staff", "{\"url\":\"https://evil.example/p/1\"}");
    assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(wrong)).contains("\"field\":\"url\"");
    MvcResult published = call(post("/api/v1/posts/" + id + "/address"), "staff",
        "{\"url\":\"https://www.instagram.com/p/ApiPortfolioDay/\"}");
    assertThat(body(published)).contains("\"state\":\"published\"",
        "\"platformUrl\":\"https://www.instagram.com/p/ApiPortfolioDay/\"");
    MvcResult read = call(get("/api/v1/posts/" + id), "staff", null);
    assertThat(body(read)).contains("\"to\":\"draft\"", "\"to\":\"submitted\"", "\"to\":\"approved\"",
        "\"to\":\"published\"", "\"sha256\":\"");
    // The archive keeps the hash, not the bytes.
    assertThat(jdbc.sql("select count(*) from post_media where post_id = ? and bytes is null").param(id)
        .query(Long.class).single()).isEqualTo(1);
    // The account's last post follows (ACC-13), with no date typed by hand.
    assertThat(jdbc.sql("select count(*) from account_posts where account_id = ? and source = 'connector'")
        .param(insta).query(Long.class).single()).isGreaterThanOrEqualTo(1);
  }

  /**
   * Each content clause of the pack in force, through the posts API: the finding cites its clause,
   * and submitting sends the post for approval naming that clause (a warning alone needs none).
   */
  @Test
  @Clause({"CON-1", "CON-2", "CON-3", "CON-4", "CON-5", "CON-6", "CON-8", "CON-12", "CON-13"})
  void everyContentClauseIsFoundOnAPostAndDecidesItsApproval() throws Exception {
    long tok = account("@CandiCreativeTok");
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("CON-1", "Women are too emotional to be engineers, stick to hairdressing");
    texts.put("CON-2", "Mr Patel is a clown");
    texts.put("CON-3", "Call Jo on 07700 900123");
    texts.put("CON-4", "Vote Labour on Thursday!");
    texts.put("CON-5", "Join Palestine Action now");
    texts.put("CON-6", "Massive fight in the canteen today, police everywhere");
    texts.put("CON-8", "free game http://games-free.top/setup.zip");
    for (var e : texts.entrySet()) {
      long id = id(call(post("/api/v1/posts"), "staff", "{\"accountId\":" + tok + ",\"text\":\"" + e.getValue() + "\"}"));
      assertThat(body(call(get("/api/v1/posts/" + id), "staff", null))).as(e.getKey())
          .contains("\"clause\":\"" + e.getKey() + "\"", "\"verdict\":\"review\"");
      MvcResult submitted = call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
      assertThat(body(submitted)).as(e.getKey()).contains("\"state\":\"submitted\"",
          "the check asks for a review (" + e.getKey());
    }
    // CON-13 (hostile tone) and CON-12 (a school's account tags the Group and the college) are warnings:
    // shown to the author, no approval needed on an account that does not always need one.
    rules.set(org.steward.app.identity.Actor.SYSTEM, tok, false, "@CapitalCCG @CandI_College");
    long tone = id(call(post("/api/v1/posts"), "staff", "{\"accountId\":" + tok
        + ",\"text\":\"Barnet College is a joke and their students are idiots\"}"));
    MvcResult warned = call(post("/api/v1/posts/" + tone + "/submit"), "staff", null);
    assertThat(body(warned)).contains("\"clause\":\"CON-13\"", "\"clause\":\"CON-12\"", "\"verdict\":\"warn\"",
        "\"state\":\"approved\"");
    rules.set(org.steward.app.identity.Actor.SYSTEM, tok, false, "");
  }

  @Test
  void accessibilityFindingsComeWithTheSuggestedFix() throws Exception {
    long insta = account("@CandiCreative");
    MvcResult r = call(post("/api/v1/posts"), "staff", "{\"accountId\":" + insta + ",\"text\":\"Click here for the"
        + " photos #openeveningatcityandislington @CapitalCCG @CandI_College\"}");
    assertThat(r.getResponse().getStatus()).isEqualTo(201);
    assertThat(body(r)).contains("\"verdict\":\"warn\"", "\"category\":\"accessibility.hashtag\"",
        "\"suggestion\":\"#OpenEveningAtCityAndIslington\"", "\"category\":\"accessibility.link-text\"");
  }

  @Test
  void rejectionNeedsANoteAndIsFinal() throws Exception {
    long insta = account("@CandiCreative");
    long id = id(call(post("/api/v1/posts"), "staff",
        "{\"accountId\":" + insta + ",\"text\":\"Summer school places are open. @CapitalCCG @CandI_College\"}"));
    call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
    MvcResult noNote = call(post("/api/v1/posts/" + id + "/reject"), "hodm", "{}");
    assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(noNote)).contains("\"field\":\"note\"");
    MvcResult rejected = call(post("/api/v1/posts/" + id + "/reject"), "hodm", "{\"note\":\"Not this term.\"}");
    assertThat(body(rejected)).contains("\"state\":\"rejected\"", "\"decisionNote\":\"Not this term.\"");
    assertThat(call(post("/api/v1/posts/" + id + "/approve"), "head.creative", "{}").getResponse().getStatus())
        .isEqualTo(409);
    assertThat(call(post("/api/v1/posts/" + id + "/submit"), "staff", null).getResponse().getStatus()).isEqualTo(409);
  }

  @Test
  void returnedPostsComeBackAsDraftsWithTheSuggestedEdits() throws Exception {
    long insta = account("@CandiCreative");
    long id = id(call(post("/api/v1/posts"), "staff",
        "{\"accountId\":" + insta + ",\"text\":\"Exhibition opens Friday. @CapitalCCG\"}"));
    call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
    MvcResult back = call(post("/api/v1/posts/" + id + "/return"), "head.creative",
        "{\"note\":\"Add the time and tag the college.\"}");
    assertThat(body(back)).contains("\"state\":\"draft\"", "Add the time and tag the college.");
    MvcResult changed = call(put("/api/v1/posts/" + id), "staff", "{\"text\":\"Exhibition opens Friday at 6pm."
        + " @CapitalCCG @CandI_College\"}");
    assertThat(changed.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(changed)).contains("at 6pm");
    // Only the author changes a draft.
    assertThat(call(put("/api/v1/posts/" + id), "head.creative", "{\"text\":\"Changed\"}").getResponse().getStatus())
        .isEqualTo(403);
  }

  @Test
  void aPostNotApprovedBeforeItsTimeExpires() throws Exception {
    long insta = account("@CandiCreative");
    Instant when = clock.instant().plus(Duration.ofMinutes(10));
    long id = id(call(post("/api/v1/posts"), "staff", "{\"accountId\":" + insta + ",\"text\":\"Results day"
        + " drop-in from 9am. @CapitalCCG @CandI_College\",\"scheduledFor\":\"" + when + "\"}"));
    call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
    assertThat(approval.expireDue(when.plusSeconds(1))).contains(id);
    assertThat(body(call(get("/api/v1/posts/" + id), "staff", null))).contains("\"state\":\"expired\"");
    assertThat(call(post("/api/v1/posts/" + id + "/approve"), "head.creative", "{}").getResponse().getStatus())
        .isEqualTo(409);
    assertThat(jdbc.sql("select count(*) from notifications where link = ? and message like '%expired%'")
        .param("/posts/" + id).query(Long.class).single()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badInputNamesEveryFieldAndWritesNothing() throws Exception {
    long before = posts();
    MvcResult r = call(post("/api/v1/posts"), "staff", """
        {"text":"  ","scheduledFor":"tomorrow",
         "media":[{"data":"!!!not base64","altText":"","rights":"mine"}]}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(r.getResponse().getContentType()).contains("application/problem+json");
    assertThat(body(r)).contains("\"field\":\"scheduledFor\"", "\"field\":\"media[0].data\"");

    long insta = account("@CandiCreative");
    MvcResult all = call(post("/api/v1/posts"), "staff", """
        {"accountId":%d,"text":"","scheduledFor":"2020-01-01T00:00:00Z",
         "media":[{"data":"%s","altText":"","rights":"mine","people":[{"personId":999999},{}]},
                  {"data":"aGVsbG8=","altText":"x","rights":"own"}]}"""
        .formatted(insta, Base64.getEncoder().encodeToString(TestImages.png(1))));
    assertThat(all.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(all)).contains("\"field\":\"text\"", "\"field\":\"scheduledFor\"",
        "\"field\":\"media[0].altText\"", "\"field\":\"media[0].rights\"",
        "\"field\":\"media[0].people[0].personId\"", "\"field\":\"media[0].people[1]\"",
        "\"field\":\"media[1].data\"");
    MvcResult noAccount = call(post("/api/v1/posts"), "staff", "{\"accountId\":999999,\"text\":\"Hello\"}");
    assertThat(body(noAccount)).contains("\"field\":\"accountId\"");
    MvcResult noBody = call(post("/api/v1/posts"), "staff", "");
    assertThat(noBody.getResponse().getStatus()).isEqualTo(422);
    assertThat(posts()).isEqualTo(before);
    assertThat(call(get("/api/v1/posts/999999"), "staff", null).getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void onlyThePeopleWhoRunAnAccountWriteForItAndOnlyTheyAndItsApproversSeeItsPosts() throws Exception {
    long insta = account("@CandiCreative");
    long before = refused("dsl");
    MvcResult r = call(post("/api/v1/posts"), "dsl", "{\"accountId\":" + insta + ",\"text\":\"Hello\"}");
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(refused("dsl")).isEqualTo(before + 1);
    long id = id(call(post("/api/v1/posts"), "staff",
        "{\"accountId\":" + insta + ",\"text\":\"Gallery tour at noon. @CapitalCCG @CandI_College\"}"));
    assertThat(call(get("/api/v1/posts/" + id), "press", null).getResponse().getStatus()).isEqualTo(403);
    assertThat(call(get("/api/v1/posts/" + id), "head.creative", null).getResponse().getStatus()).isEqualTo(200);
    assertThat(call(get("/api/v1/posts/" + id), "marketing", null).getResponse().getStatus()).isEqualTo(200);
    // Publishing needs an approval first.
    assertThat(call(post("/api/v1/posts/" + id + "/publish"), "staff", null).getResponse().getStatus()).isEqualTo(409);
  }

  @Test
  void theApproverSeesWhatWaitsOnTheirHomePage() throws Exception {
    long insta = account("@CandiCreative");
    long id = id(call(post("/api/v1/posts"), "staff",
        "{\"accountId\":" + insta + ",\"text\":\"Meet our new tutors on Monday. @CapitalCCG @CandI_College\"}"));
    call(post("/api/v1/posts/" + id + "/submit"), "staff", null);
    var head = people.lookUp("head.creative").orElseThrow();
    var items = work.waitingFor(new org.steward.app.identity.Actor(head.id(), head.displayName(), head.roles()));
    assertThat(items).anySatisfy(i -> {
      assertThat(i.text()).startsWith("Approve or reject a post for");
      assertThat(i.link()).isEqualTo("/posts/" + id);
    });
    MvcResult waiting = call(get("/api/v1/posts?show=waiting"), "head.creative", null);
    assertThat(body(waiting)).contains("\"id\":" + id);
    assertThat(body(call(get("/api/v1/posts?show=waiting"), "staff", null))).doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void theApiIsDescribedWithOpenApi() throws Exception {
    MvcResult r = call(get("/v3/api-docs"), "staff", null);
    assertThat(body(r)).contains("/api/v1/posts/{id}/submit", "/api/v1/posts/{id}/approve",
        "/api/v1/posts/{id}/reject", "/api/v1/posts/{id}/publish", "/api/v1/posts/{id}");
  }
}
