package org.steward.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.steward.app.people.People;

/**
 * Two filter chains, one authentication mechanism each: API calls that bring credentials (HTTP
 * Basic, stateless) and everything else (the session cookie). See docs/security.md.
 *
 * <p>Who may reach which route: every route has an explicit rule here; {@code RouteAccessTest}
 * walks every route for every role and fails when a new route has no rule. Record-level checks
 * (a head of school sees only their own unit) live in the feature services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
  static final String[] PEOPLE_READERS = {
    "ADMINISTRATOR", "HR", "HEAD_OF_UNIT", "SAFEGUARDING_LEAD", "DATA_PROTECTION_OFFICER"
  };

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // Delegating encoder: bcrypt today, with the algorithm recorded in each hash so it can change.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * API and actuator calls that bring an {@code Authorization} header: HTTP Basic and nothing
   * else. Stateless: no session is read or created, so the password in the header is checked on
   * every call, whatever cookie comes with it. CSRF tokens do not apply (no session to ride on);
   * {@link CrossSiteRefusal} stops a browser replaying cached credentials for another site.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiWithCredentials(HttpSecurity http, Clock clock,
      ApplicationEventPublisher events, SignInThrottle throttle) throws Exception {
    http.securityMatcher(MachineRequests::withCredentials);
    routes(http);
    var context = new RequestAttributeSecurityContextRepository();
    var problem = new ProblemEntryPoint();
    var denied = new AccessDeniedAudit(events);
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.securityContext(c -> c.securityContextRepository(context));
    http.requestCache(c -> c.requestCache(new NullRequestCache()));
    http.csrf(csrf -> csrf.disable());
    http.httpBasic(basic -> basic.realmName("Steward").authenticationEntryPoint(problem)
        .securityContextRepository(context));
    http.addFilterBefore(new StatelessRequests(), SecurityContextHolderFilter.class);
    http.addFilterBefore(new CrossSiteRefusal(denied), BasicAuthenticationFilter.class);
    http.addFilterBefore(new ThrottleFilters.Basic(throttle), BasicAuthenticationFilter.class);
    http.addFilterAfter(new PasswordCheckedMarker(clock), BasicAuthenticationFilter.class);
    http.exceptionHandling(ex -> ex.authenticationEntryPoint(problem).accessDeniedHandler(denied));
    headers(http);
    return http.build();
  }

  /**
   * Everything else, pages and API calls from the browser alike: the session cookie and nothing
   * else. CSRF tokens are always required on changes; an {@code Authorization} header is refused.
   */
  @Bean
  @Order(2)
  SecurityFilterChain sessions(HttpSecurity http, OidcRegistrations oidc, People people,
      ApplicationEventPublisher events, SignInThrottle throttle) throws Exception {
    routes(http);
    http.formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl("/", false)
        .failureUrl("/login?error"));
    http.addFilterBefore(new ThrottleFilters.Form(throttle,
        new SimpleUrlAuthenticationFailureHandler("/login?error")),
        UsernamePasswordAuthenticationFilter.class);
    http.logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out")
        .deleteCookies("STEWARD_SESSION"));
    http.addFilterBefore(new AuthorizationHeaderRefusal(), SecurityContextHolderFilter.class);
    // Nobody signed in: the API answers 401 problem+json; everything else (pages, but also a
    // stylesheet or font a page asks for) goes to the sign-in page. Never a bare Basic challenge
    // outside the API: a browser would show its own password prompt and hang the page.
    RequestMatcher api = MachineRequests::isMachinePath;
    var entryPoint = new DelegatingAuthenticationEntryPoint(
        new LinkedHashMap<>(Map.of(api, new ProblemEntryPoint())));
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    // After sign-in, go back only to a page the person asked for, never to a stylesheet, font or
    // API call that happened to be refused first.
    var pagesOnly = new HttpSessionRequestCache();
    pagesOnly.setRequestMatcher(r -> "GET".equals(r.getMethod()) && !api.matches(r)
        && r.getHeader("Accept") != null && r.getHeader("Accept").contains("text/html"));
    http.requestCache(cache -> cache.requestCache(pagesOnly));
    http.exceptionHandling(ex -> ex
        .authenticationEntryPoint(entryPoint)
        .accessDeniedHandler(new AccessDeniedAudit(events)));
    headers(http);
    if (!oidc.all().isEmpty()) {
      http.oauth2Login(o -> o.loginPage("/login")
          .clientRegistrationRepository(new InMemoryClientRegistrationRepository(oidc.all()))
          .userInfoEndpoint(u -> u.oidcUserService(new DirectoryOidcUserService(people)))
          .failureUrl("/login?error")
          .defaultSuccessUrl("/", false));
    }
    return http.build();
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
  }

  /** Who may reach which route, the same in both chains. */
  private static void routes(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
        // Public: sign-in, static assets, health, error pages.
        .requestMatchers(GET, "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/assets/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info")
        .permitAll()
        .requestMatchers(POST, "/error").permitAll()
        // Administration.
        .requestMatchers("/people/import", "/api/v1/people/import").hasRole("ADMINISTRATOR")
        .requestMatchers(POST, "/people/*/left").hasAnyRole("ADMINISTRATOR", "HR")
        .requestMatchers("/audit", "/audit/**", "/api/v1/audit/**").hasRole("ADMINISTRATOR")
        .requestMatchers(GET, "/actuator/prometheus").hasRole("ADMINISTRATOR")
        // The directory: readable by roles that need it; heads of school see only their unit.
        .requestMatchers(GET, "/people", "/people/*", "/api/v1/people", "/api/v1/people/*")
        .hasAnyRole(PEOPLE_READERS)
        // Everyone signed in.
        .requestMatchers(GET, "/", "/organisation", "/policies", "/policies/*", "/api/v1/me",
            "/api/v1/units", "/api/v1/policies")
        .authenticated()
        .requestMatchers(POST, "/logout").authenticated()
        // Check a post: anyone signed in, staff and learners alike.
        .requestMatchers(GET, "/check").authenticated()
        .requestMatchers(POST, "/check", "/api/v1/checks").authenticated()
        // Official accounts (ACC-1..ACC-15): learners never, whatever other roles they hold;
        // the accounts service then checks the record (own request, managers) and audits refusals.
        .requestMatchers(POST, "/accounts/*/approve", "/accounts/*/reject",
            "/api/v1/accounts/*/approve", "/api/v1/accounts/*/reject")
        .access(org.steward.app.accounts.AccountAccess.approvers())
        .requestMatchers("/accounts/*/set-up", "/accounts/import", "/api/v1/accounts/import")
        .access(org.steward.app.accounts.AccountAccess.marketing())
        .requestMatchers(POST, "/accounts/*/checklist", "/accounts/*/close", "/accounts/*/suspend",
            "/accounts/*/reinstate", "/accounts/*/password", "/api/v1/accounts/*/set-up",
            "/api/v1/accounts/*/checklist", "/api/v1/accounts/*/close", "/api/v1/accounts/*/suspend",
            "/api/v1/accounts/*/reinstate", "/api/v1/accounts/*/password")
        .access(org.steward.app.accounts.AccountAccess.marketing())
        .requestMatchers(GET, "/accounts", "/accounts/*", "/accounts/*/reveal", "/api/v1/accounts",
            "/api/v1/accounts/*", "/api/v1/accounts/*/similar")
        .access(org.steward.app.accounts.AccountAccess.staff())
        .requestMatchers(POST, "/accounts", "/accounts/*/reveal", "/accounts/*/managers",
            "/accounts/*/managers/remove", "/accounts/*/posts", "/accounts/*/justify",
            "/accounts/*/closing", "/api/v1/accounts", "/api/v1/accounts/*/reveal",
            "/api/v1/accounts/*/posts", "/api/v1/accounts/*/closing", "/api/v1/accounts/*/managers",
            "/api/v1/accounts/*/managers/remove", "/api/v1/accounts/*/justify")
        .access(org.steward.app.accounts.AccountAccess.staff())
        // Learning from the institution: moderators record decisions; only administrators see
        // the model page, build candidates and switch or reject (LearningService checks again).
        .requestMatchers(POST, "/learning/decisions", "/api/v1/learning/decisions")
        .hasAnyRole("MARKETING", "HEAD_OF_DIGITAL_MARKETING", "SAFEGUARDING_LEAD", "ADMINISTRATOR")
        .requestMatchers(GET, "/learning").hasRole("ADMINISTRATOR")
        .requestMatchers(POST, "/learning/candidates", "/learning/models/*/switch", "/learning/models/*/reject")
        .hasRole("ADMINISTRATOR")
        // Notifications and the API documentation: anyone signed in.
        .requestMatchers(GET, "/notifications", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**").authenticated()
        .requestMatchers(POST, "/notifications/read").authenticated()
        .anyRequest().authenticated());
  }
}
