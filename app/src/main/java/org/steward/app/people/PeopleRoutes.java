package org.steward.app.people;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.security.RouteRules;

/** Who may reach the directory, the organisation tree and the imports (record scoping: PeopleService). */
@Component
@Order(10)
class PeopleRoutes implements RouteRules {
  /** Roles that read the directory; heads of school see only their unit. */
  static final String[] READERS = {
    "ADMINISTRATOR", "HR", "HEAD_OF_UNIT", "SAFEGUARDING_LEAD", "DATA_PROTECTION_OFFICER"
  };

  @Override
  public String auditType() {
    return "person";
  }

  @Override
  public Set<String> segments() {
    return Set.of("people", "organisation", "units");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers("/people/import", "/api/v1/people/import").hasRole("ADMINISTRATOR")
        .requestMatchers(POST, "/people/*/left").hasAnyRole("ADMINISTRATOR", "HR")
        .requestMatchers(GET, "/people", "/people/*", "/api/v1/people", "/api/v1/people/*")
        .hasAnyRole(READERS)
        .requestMatchers(GET, "/organisation", "/api/v1/units").authenticated();
  }
}
