package org.steward.app.privacy;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Role;
import org.steward.app.security.RouteRules;

/**
 * Data protection: subject access, erasure and retention for the data protection officer alone;
 * monitoring for those who may ask for it or approve it (each request then checks that the person
 * is one of its two people, or the DPO).
 */
@Component
@Order(70)
class PrivacyRoutes implements RouteRules {
  static final String[] MONITORING_ROLES = {Role.HR.name(), Role.SAFEGUARDING_LEAD.name(),
      Role.DATA_PROTECTION_OFFICER.name(), Role.HEAD_OF_DIGITAL_MARKETING.name(), Role.ADMINISTRATOR.name()};

  @Override
  public String auditType() {
    return "privacy";
  }

  @Override
  public Set<String> segments() {
    return Set.of("privacy", "subject-access");
  }

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
    // Administrators may be second approvers, never the ones who ask.
    routes.requestMatchers(GET, "/privacy/monitoring/new").hasAnyRole(Role.HR.name(), Role.SAFEGUARDING_LEAD.name(),
            Role.DATA_PROTECTION_OFFICER.name(), Role.HEAD_OF_DIGITAL_MARKETING.name())
        .requestMatchers(GET, "/privacy/monitoring", "/privacy/monitoring/*").hasAnyRole(MONITORING_ROLES)
        .requestMatchers(POST, "/privacy/monitoring").hasAnyRole(Role.HR.name(), Role.SAFEGUARDING_LEAD.name(),
            Role.DATA_PROTECTION_OFFICER.name(), Role.HEAD_OF_DIGITAL_MARKETING.name())
        .requestMatchers(POST, "/privacy/monitoring/*/approve",
            "/privacy/monitoring/*/refuse", "/privacy/monitoring/*/looks")
        .hasAnyRole(MONITORING_ROLES)
        .requestMatchers(GET, "/privacy", "/privacy/subject-access/new", "/privacy/subject-access/*",
            "/privacy/subject-access/*/export", "/privacy/people/*/erase", "/api/v1/subject-access/*/export")
        .hasRole(Role.DATA_PROTECTION_OFFICER.name())
        .requestMatchers(POST, "/privacy/subject-access", "/privacy/subject-access/*/extend",
            "/privacy/subject-access/*/complete", "/privacy/people/*/erase", "/privacy/retention")
        .hasRole(Role.DATA_PROTECTION_OFFICER.name());
  }
}
