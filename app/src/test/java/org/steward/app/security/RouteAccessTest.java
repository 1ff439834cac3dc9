package org.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steward.app.people.People;
import org.steward.app.identity.Role;
import org.steward.app.identity.RoleGrant;
import org.steward.app.people.Units;
import org.steward.app.support.ExpectedRoutes;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/**
 * Walks every route for every role (and for nobody signed in) and asserts allowed or denied.
 * The expected rows are written in each feature's test package ({@link ExpectedRoutes}),
 * independently of its {@code RouteRules}: a route that no feature lists fails {@link
 * #everyRouteHasARule()}.
 */
@SpringBootTest(properties = "steward.demo-data=true")
@AutoConfigureMockMvc
class RouteAccessTest {
  private static final Set<Role> ANYONE = ExpectedRoutes.ANYONE;

  /** Who may use each route: every feature's {@link ExpectedRoutes}, found on the class path. */
  private static final Map<String, Set<Role>> EXPECTED = expected();

  private static Map<String, Set<Role>> expected() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ExpectedRoutes.class));
    Map<String, Set<Role>> all = new TreeMap<>();
    for (var candidate : scanner.findCandidateComponents("org.steward.app")) {
      try {
        var type = Class.forName(candidate.getBeanClassName());
        if (type.isInterface()) {
          continue;
        }
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        ((ExpectedRoutes) constructor.newInstance()).rows().forEach((route, roles) -> {
          if (all.put(route, roles) != null) {
            throw new IllegalStateException(route + " has two rows");
          }
        });
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(candidate.getBeanClassName(), e);
      }
    }
    return all;
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
        .as("every route needs a row in its feature's ExpectedRoutes (and a rule in its RouteRules)")
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
    // People: a real person (in the scoped head's unit). Accounts, posts, press requests, saved
    // checks, privacy records: an id no record has, so the answer depends on the route rule alone
    // (404 when allowed), not on demo data order.
    String id = parts[1].contains("/accounts/") || parts[1].contains("/posts/") || parts[1].contains("/press-requests/")
        || parts[1].contains("/self-check/") || parts[1].contains("/privacy/") ? "999999" : Long.toString(staffId);
    // Cases, inbox items: an id no record has; receipts: a code no report has (so 404 when the route
    // lets one in, whatever the demo data holds).
    if (parts[1].contains("/cases/") || parts[1].contains("/moderation/items/")) {
      id = "999999";
    }
    String path = parts[1].replace("{id}", id).replace("{packId}", "cccg-policy")
        .replace("{receipt}", "00000000000000000000").replace("{token}", "not-a-token");
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
