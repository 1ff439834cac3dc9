package org.steward.app.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.engine.Clause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A college's own policy, written here as a new college would write it: its own clause ids in
 * another style ({@code 1.1}, {@code 2(c)}, {@code R-7}), its own settings (one approver, three
 * managers, an e-mail domain, a required manager role, an allow-listed phone number) and the unit it
 * is written for (CONEL). Once in force (through {@code STEWARD_POLICY_DIR} or the upload API, the
 * subclasses), every workflow follows it: checks cite its clauses, an account request needs exactly
 * its approver, set-up refuses an address outside its domain or a person's own, and an account
 * without the required manager role; its switchboard number is not personal data.
 */
abstract class OwnPackScenario {
  static final String PW = "Steward-demo-2026";
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The pack, with its id; {@code units: [CONEL]}: in force for CONEL and everything below it. */
  static String northfield(String id) {
    return """
        pack: %s
        version: "2026-A"
        title: Northfield College Social Media Code
        owner: Director of Communications
        approved: { by: Corporation Board, on: 2026-06-30 }
        review-by: 2027-06-30
        audience: [staff, learner]
        units: [CONEL]
        clauses:
          "1.1": { section: "1", kind: check, text: "Do not swear in public posts." }
          "2(c)": { section: "2", kind: check, text: "Keep other people's contact details private." }
          R-7: { section: "7", kind: flow, text: "A new official account needs the communications team's approval." }
        rules:
          - { id: nf.swearing, clause: "1.1", when: { detector: profanity }, action: warn, say: "Keep Northfield posts free of swearing." }
          - { id: nf.contact-details, clause: "2(c)", when: { detector: pii }, action: review, say: "Remove other people's contact details." }
        workflows:
          - { id: account-request, clauses: [R-7], say: "One approval, from the communications team." }
        settings:
          accounts.approvers: [marketing]
          accounts.min-managers: 3
          accounts.email-domains: [northfield.ac.uk]
          accounts.required-manager-role: marketing
          pii.allow: ["0113 496 0000"]
          contacts:
            - { name: Communications team, email: comms@northfield.ac.uk, clauses: ["1.1", R-7], roles: [marketing] }
        """.formatted(id);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /** The id of the pack this subclass put in force. */
  abstract String packId();

  JsonNode call(MockHttpServletRequestBuilder req, String user, String json, int status) throws Exception {
    req = req.with(httpBasic(user, PW)).accept(MediaType.APPLICATION_JSON);
    if (json != null) {
      req = req.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    MvcResult r = mvc.perform(req).andReturn();
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
    String body = r.getResponse().getContentAsString();
    return body.isEmpty() ? null : JSON.readTree(body);
  }

  static List<String> fields(JsonNode problem) {
    List<String> out = new ArrayList<>();
    problem.get("errors").forEach(e -> out.add(e.get("field").asString()));
    return out;
  }

  @Test
  @Clause({"DOC-4", "DOC-7", "CON-3"})
  void checksCiteItsOwnClausesAndItsSwitchboardIsNotPersonalData() throws Exception {
    // The tutor works in CONEL's school of construction: the pack written for CONEL applies, not the Group's.
    JsonNode r = call(post("/api/v1/checks"), "tutor", """
        {"text": "This is shit. Ring Pat on 0113 496 0999, or the college office on 0113 496 0000.", "kind": "post"}""", 200);
    assertThat(r.get("policy").asString()).isEqualTo(packId());
    assertThat(r.get("why").asString()).contains("College of Haringey, Enfield and North East London");
    List<String> found = new ArrayList<>();
    r.get("findings").forEach(f -> found.add(f.get("clause").asString() + " " + f.get("evidence").asString()));
    assertThat(found).contains("1.1 shit", "2(c) 0113 496 0999").noneMatch(f -> f.contains("0113 496 0000"));
    // A learner of the same school gets it too; someone in another college still gets the Group's.
    assertThat(call(post("/api/v1/checks"), "learner", "{\"text\": \"hello\"}", 200).get("policy").asString())
        .isEqualTo(packId());
    assertThat(call(post("/api/v1/checks"), "staff", "{\"text\": \"hello\"}", 200).get("policy").asString())
        .isNotEqualTo(packId());
  }

  @Test
  @Clause({"ACC-2", "ACC-5", "ACC-7", "DOC-7"})
  void anAccountNeedsExactlyItsApproverAndSetUpFollowsItsRules() throws Exception {
    JsonNode created = call(post("/api/v1/accounts"), "tutor", """
        {"platform":"instagram","handle":"@NorthfieldBuild%s","name":"Northfield Construction %s",
         "unit":"CONEL-CONSTRUCTION","purpose":"Show learners' builds","audience":"prospective learners",
         "visibility":"public","postingPlan":"Weekly","moderationPlan":"Daily checks",
         "coManager":"head.construction","platformAdmin":true}""".formatted(packId().length(), packId()), 201);
    long id = created.get("id").asLong();

    // The Group's approvers are not this pack's: the head of the school and the head of digital
    // marketing are refused; the one approver the pack names (marketing) approves it alone.
    call(post("/api/v1/accounts/" + id + "/approve"), "head.construction", "{}", 403);
    call(post("/api/v1/accounts/" + id + "/approve"), "hodm", "{}", 403);
    JsonNode approved = call(post("/api/v1/accounts/" + id + "/approve"), "marketing", "{}", 200);
    assertThat(approved.get("status").asString()).isEqualTo("approved");
    assertThat(approved.get("approvals").toString()).isEqualTo("[\"marketing\"]");
    assertThat(approved.get("tooFewManagers").asBoolean()).as("two managers, the pack asks for three").isTrue();

    // Set-up: the sign-in address must be on the pack's domain and a team mailbox, and a manager must
    // be marketing (the required manager role).
    JsonNode outside = call(post("/api/v1/accounts/" + id + "/set-up"), "marketing", """
        {"loginEmail":"northfield.build@gmail.com","password":"a long enough password","addMeAsManager":true}""", 422);
    assertThat(fields(outside)).containsExactly("loginEmail");
    assertThat(outside.toString()).contains("northfield.ac.uk");
    JsonNode person = call(post("/api/v1/accounts/" + id + "/set-up"), "marketing", """
        {"loginEmail":"tom.walsh@northfield.ac.uk","password":"a long enough password","addMeAsManager":true}""", 422);
    assertThat(person.toString()).contains("a person's own address");
    JsonNode noMarketing = call(post("/api/v1/accounts/" + id + "/set-up"), "marketing", """
        {"loginEmail":"construction.social@northfield.ac.uk","password":"a long enough password"}""", 422);
    assertThat(fields(noMarketing)).containsExactly("addMeAsManager");
    assertThat(jdbc.sql("select status from accounts where id = ?").param(id).query(String.class).single())
        .as("nothing half-written").isEqualTo("approved");
    JsonNode active = call(post("/api/v1/accounts/" + id + "/set-up"), "marketing", """
        {"loginEmail":"construction.social@northfield.ac.uk","password":"a long enough password","addMeAsManager":true}""", 200);
    assertThat(active.get("status").asString()).isEqualTo("active");
    assertThat(active.get("tooFewManagers").asBoolean()).as("three managers now, marketing among them").isFalse();
  }

  @Test
  @Clause({"DOC-1", "DOC-2", "DOC-4"})
  void theApiListsItsVersionAndWhereItIsInForce() throws Exception {
    JsonNode pack = call(get("/api/v1/policies/" + packId()), "learner", null, 200);
    assertThat(pack.get("inForce").get("version").asString()).isEqualTo("2026-A");
    assertThat(pack.get("where").toString()).contains("CONEL").contains("staff").contains("learner");
    JsonNode version = call(get("/api/v1/policies/" + packId() + "/versions/" + pack.get("inForce").get("id").asLong()),
        "learner", null, 200);
    assertThat(version.get("clauses").toString()).contains("\"2(c)\"", "\"R-7\"");
    assertThat(version.get("yaml").asString()).contains("accounts.min-managers: 3");
  }
}
