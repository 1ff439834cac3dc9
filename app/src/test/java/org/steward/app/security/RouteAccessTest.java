package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steward.app.people.People;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.Units;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/**
 * Walks every route for every role (and for nobody signed in) and asserts allowed or denied.
 * The expected table is written here, independently of SecurityConfig: a new route that is not
 * in this table fails {@link #everyRouteHasARule()}.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
class RouteAccessTest {
  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
  private static final Set<Role> PEOPLE_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.HR,
      Role.HEAD_OF_UNIT, Role.SAFEGUARDING_LEAD, Role.DATA_PROTECTION_OFFICER);
  private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
  private static final Set<Role> ACCOUNT_STAFF = EnumSet.complementOf(EnumSet.of(Role.LEARNER));
  private static final Set<Role> ACCOUNT_APPROVERS =
      EnumSet.of(Role.HEAD_OF_UNIT, Role.HEAD_OF_DIGITAL_MARKETING);
  private static final Set<Role> MARKETING =
      EnumSet.of(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING);
  private static final Set<Role> MODERATORS = EnumSet.of(Role.MARKETING, Role.HEAD_OF_DIGITAL_MARKETING,
      Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR);

  /** Marks a public route (compared by identity). */
  private static final Set<Role> ANYONE = java.util.Collections.unmodifiableSet(EnumSet.allOf(Role.class));

  /** Who may use each route; {@link #ANYONE} means anyone, signed in or not. */
  private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
      Map.entry("GET /login", publicRoute()),
      Map.entry("* /error", publicRoute()),
      Map.entry("GET /", EVERY_ROLE),
      Map.entry("GET /policies", EVERY_ROLE),
      Map.entry("GET /policies/{packId}", EVERY_ROLE),
      Map.entry("GET /api/v1/policies", EVERY_ROLE),
      Map.entry("GET /organisation", EVERY_ROLE),
      Map.entry("GET /api/v1/units", EVERY_ROLE),
      Map.entry("GET /api/v1/me", EVERY_ROLE),
      Map.entry("GET /check", EVERY_ROLE),
      Map.entry("POST /check", EVERY_ROLE),
      Map.entry("POST /api/v1/checks", EVERY_ROLE),
      Map.entry("GET /people", PEOPLE_READERS),
      Map.entry("GET /people/{id}", PEOPLE_READERS),
      Map.entry("POST /people/{id}/left", EnumSet.of(Role.ADMINISTRATOR, Role.HR)),
      Map.entry("GET /api/v1/people", PEOPLE_READERS),
      Map.entry("GET /api/v1/people/{id}", PEOPLE_READERS),
      Map.entry("GET /people/import", ADMIN),
      Map.entry("POST /people/import", ADMIN),
      Map.entry("POST /api/v1/people/import", ADMIN),
      Map.entry("GET /audit", ADMIN),
      Map.entry("POST /audit/verify", ADMIN),
      Map.entry("GET /api/v1/audit/verify", ADMIN),
      // Official accounts: learners never (whatever else they hold); the service checks records.
      Map.entry("GET /accounts", ACCOUNT_STAFF),
      Map.entry("GET /accounts/new", ACCOUNT_STAFF),
      Map.entry("POST /accounts", ACCOUNT_STAFF),
      Map.entry("GET /accounts/activity", ACCOUNT_STAFF),
      Map.entry("GET /accounts/export", ACCOUNT_STAFF),
      Map.entry("GET /accounts/{id}", ACCOUNT_STAFF),
      Map.entry("GET /accounts/{id}/reveal", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/reveal", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/managers", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/managers/remove", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/posts", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/justify", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/closing", ACCOUNT_STAFF),
      Map.entry("POST /accounts/{id}/approve", ACCOUNT_APPROVERS),
      Map.entry("POST /accounts/{id}/reject", ACCOUNT_APPROVERS),
      Map.entry("GET /accounts/{id}/set-up", MARKETING),
      Map.entry("POST /accounts/{id}/set-up", MARKETING),
      Map.entry("POST /accounts/{id}/checklist", MARKETING),
      Map.entry("POST /accounts/{id}/close", MARKETING),
      Map.entry("POST /accounts/{id}/suspend", MARKETING),
      Map.entry("POST /accounts/{id}/reinstate", MARKETING),
      Map.entry("POST /accounts/{id}/password", MARKETING),
      Map.entry("GET /accounts/import", MARKETING),
      Map.entry("POST /accounts/import", MARKETING),
      Map.entry("GET /api/v1/accounts", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts", ACCOUNT_STAFF),
      Map.entry("GET /api/v1/accounts/activity", ACCOUNT_STAFF),
      Map.entry("GET /api/v1/accounts/{id}", ACCOUNT_STAFF),
      Map.entry("GET /api/v1/accounts/{id}/similar", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/reveal", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/posts", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/closing", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/managers", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/managers/remove", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/justify", ACCOUNT_STAFF),
      Map.entry("POST /api/v1/accounts/{id}/reinstate", MARKETING),
      Map.entry("POST /api/v1/accounts/{id}/password", MARKETING),
      Map.entry("POST /api/v1/accounts/{id}/approve", ACCOUNT_APPROVERS),
      Map.entry("POST /api/v1/accounts/{id}/reject", ACCOUNT_APPROVERS),
      Map.entry("POST /api/v1/accounts/{id}/set-up", MARKETING),
      Map.entry("POST /api/v1/accounts/{id}/checklist", MARKETING),
      Map.entry("POST /api/v1/accounts/{id}/close", MARKETING),
      Map.entry("POST /api/v1/accounts/{id}/suspend", MARKETING),
      Map.entry("POST /api/v1/accounts/import", MARKETING),
      // Learning from the institution: moderators decide; administrators choose the model.
      Map.entry("POST /learning/decisions", MODERATORS),
      Map.entry("POST /api/v1/learning/decisions", MODERATORS),
      Map.entry("GET /learning", ADMIN),
      Map.entry("POST /learning/candidates", ADMIN),
      Map.entry("POST /learning/models/{id}/switch", ADMIN),
      Map.entry("POST /learning/models/{id}/reject", ADMIN),
      Map.entry("GET /notifications", EVERY_ROLE),
      Map.entry("POST /notifications/read", EVERY_ROLE),
      // OpenAPI description of the API (springdoc), for anyone signed in.
      Map.entry("GET /v3/api-docs", EVERY_ROLE),
      Map.entry("GET /v3/api-docs.yaml", EVERY_ROLE),
      Map.entry("GET /v3/api-docs/swagger-config", EVERY_ROLE),
      Map.entry("GET /swagger-ui.html", EVERY_ROLE));

  private static Set<Role> publicRoute() {
    return ANYONE;
  }

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Units units;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  long staffId;
  long creativeUnit;

  @BeforeEach
  void fixture() {
    staffId = people.findByUsername("staff").orElseThrow().id();
    creativeUnit = units.findByCode("CANDI-CREATIVE").orElseThrow().id();
  }

  @Test
  void everyRouteHasARule() {
    Set<String> routes = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      Set<String> methods = new TreeSet<>();
      info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("*");
      }
      for (String pattern : info.getPatternValues()) {
        for (String m : methods) {
          routes.add(m + " " + pattern);
        }
      }
    });
    assertThat(routes)
        .as("every route needs a row in RouteAccessTest.EXPECTED (and a rule in SecurityConfig)")
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  @Clause({"ACC-6", "SAF-6"})
  void everyRoleGetsExactlyTheRoutesItIsAllowed() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (var route : EXPECTED.entrySet()) {
      if (route.getKey().startsWith("*")) {
        continue;
      }
      Set<Role> allowed = route.getValue();
      for (Role role : Role.values()) {
        boolean mayUse = allowed.contains(role);
        int status = call(route.getKey(), role);
        boolean refused = status == 403;
        if (mayUse == refused) {
          wrong.add(route.getKey() + " as " + role + " gave " + status
              + (mayUse ? " but should be allowed" : " but should be refused"));
        }
      }
      int anonymous = call(route.getKey(), null);
      boolean anonymousRefused = anonymous == 401 || anonymous == 302 || anonymous == 403;
      if ((allowed == ANYONE) == anonymousRefused) {
        wrong.add(route.getKey() + " with nobody signed in gave " + anonymous);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void actuatorHealthIsPublicAndMetricsAreForAdministrators() throws Exception {
    assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
    assertThat(status("/actuator/prometheus", Role.STAFF)).isEqualTo(403);
    assertThat(status("/actuator/prometheus", Role.ADMINISTRATOR)).isEqualTo(200);
  }

  private int status(String path, Role role) throws Exception {
    return mvc.perform(request(HttpMethod.GET, path).with(authentication(TestUsers.as(1, grant(role)))))
        .andReturn().getResponse().getStatus();
  }

  private int call(String route, Role role) throws Exception {
    String[] parts = route.split(" ", 2);
    // People: a real person (in the scoped head's unit). Accounts: an id no account has, so the
    // answer depends on the route rule alone (404 when allowed), not on demo data order.
    String id = parts[1].contains("/accounts/") ? "999999" : Long.toString(staffId);
    String path = parts[1].replace("{id}", id).replace("{packId}", "cccg-policy");
    MockHttpServletRequestBuilder req = request(HttpMethod.valueOf(parts[0]), path);
    if (!parts[0].equals("GET")) {
      req = req.with(csrf());
    }
    if (role != null) {
      req = req.with(authentication(TestUsers.as(staffId + 1000, grant(role))));
    }
    return mvc.perform(req).andReturn().getResponse().getStatus();
  }

  private RoleGrant grant(Role role) {
    return new RoleGrant(role, role.scoped() ? creativeUnit : null);
  }
}
