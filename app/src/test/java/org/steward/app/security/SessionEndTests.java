package org.steward.app.security;

import org.steward.app.identity.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.app.people.People;
import org.steward.app.people.PeopleService;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.support.WebSession;

/**
 * Issue #8, item 2: marking someone as left or changing their roles ends every session they have
 * at once. Sessions live in the database (Spring Session JDBC), so this holds for every app node;
 * run once on H2 and once on PostgreSQL (subclasses).
 */
abstract class SessionEndTests {
  static final String PW = "Steward-demo-2026";
  static final String JSON = "application/json";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired PeopleService peopleService;
  @Autowired JdbcClient jdbc;

  WebSession signedIn(String user) {
    return WebSession.signedIn(port, user, PW);
  }

  long sessionsOf(long personId) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(Long.toString(personId)).query(Long.class).single();
  }

  @Test
  void markingSomeoneAsLeftEndsEveryOneOfTheirSessionsAtOnce() {
    long dsl = people.findByUsername("dsl").orElseThrow().id();
    WebSession laptop = signedIn("dsl");
    WebSession phone = signedIn("dsl");
    WebSession colleague = signedIn("hr");
    assertThat(laptop.get("/api/v1/people", "Accept", JSON).statusCode()).isEqualTo(200);

    peopleService.markLeft(Actor.SYSTEM, dsl, "Left the college on 31 July");

    var read = laptop.get("/api/v1/people", "Accept", JSON);
    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(read.body()).doesNotContain("\"username\"");
    assertThat(phone.get("/").uri().getPath()).isEqualTo("/login");
    assertThat(colleague.get("/").body()).contains("Signed in as");
    assertThat(sessionsOf(dsl)).isZero();
  }

  @Test
  void changingSomeonesRolesEndsTheirSessionsSoTheyComeBackWithTheNewRoles() {
    long dpo = people.findByUsername("dpo").orElseThrow().id();
    WebSession s = signedIn("dpo");
    assertThat(s.get("/api/v1/people", "Accept", JSON).statusCode()).isEqualTo(200);
    assertThat(sessionsOf(dpo)).isEqualTo(1);

    peopleService.changeRoles(Actor.SYSTEM, dpo, List.of(new RoleGrant(Role.STAFF, null)),
        "No longer the data protection officer");

    assertThat(s.get("/api/v1/people", "Accept", JSON).statusCode()).isEqualTo(401);
    assertThat(sessionsOf(dpo)).isZero();
    WebSession again = signedIn("dpo");
    assertThat(again.get("/api/v1/people", "Accept", JSON).statusCode()).isEqualTo(403);
  }
}
