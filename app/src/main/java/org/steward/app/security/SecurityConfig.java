package org.steward.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * Two filter chains, one authentication mechanism each: API calls that bring credentials (HTTP
 * Basic, stateless) and everything else (the session cookie). See docs/security.md.
 *
 * <p>Who may reach which route: each feature declares its own {@link RouteRules};
 * {@code RouteAccessTest} walks every route for every role and fails when a route has no expected
 * row. Record-level checks (a head of school sees only their own unit) live in the feature services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
  private final List<RouteRules> features;

  SecurityConfig(List<RouteRules> features) {
    this.features = List.copyOf(features);
  }

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
   * The features' public API paths ({@link RouteRules#publicApi()}): nobody signs in for them, so
   * this chain reads no session and no credentials (the request cannot see a session cookie or an
   * {@code Authorization} header), writes no session, and needs no CSRF token: a signed-in browser
   * tricked into calling them is only an anonymous caller. A JSON body cannot be sent across sites
   * without the browser asking first (CORS is not enabled), and these paths accept JSON only.
   */
  @Bean
  @Order(0)
  SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
    List<RequestMatcher> paths = features.stream().flatMap(f -> f.publicApi().stream())
        .map(p -> (RequestMatcher) org.springframework.security.web.servlet.util.matcher
            .PathPatternRequestMatcher.withDefaults().matcher(p)).toList();
    http.securityMatcher(r -> paths.stream().anyMatch(m -> m.matches(r)));
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
    var context = new RequestAttributeSecurityContextRepository();
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    http.securityContext(c -> c.securityContextRepository(context));
    http.requestCache(c -> c.requestCache(new NullRequestCache()));
    http.csrf(csrf -> csrf.disable());
    http.anonymous(a -> {});
    http.addFilterBefore(new StatelessRequests.Anonymous(), SecurityContextHolderFilter.class);
    headers(http);
    return http.build();
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
    var denied = new AccessDeniedAudit(events, features);
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
  SecurityFilterChain sessions(HttpSecurity http, OidcRegistrations oidc, SignInDirectory people,
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
        .accessDeniedHandler(new AccessDeniedAudit(events, features)));
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

  /**
   * Who may reach which route, the same in both chains: the public routes and the operators' own,
   * then every feature's {@link RouteRules}, then anyone signed in for whatever is left (only a
   * page that does not exist, which answers 404).
   */
  private void routes(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> {
      // Public: sign-in, static assets, health, error pages.
      auth.requestMatchers(GET, "/login", "/css/**", "/js/**", "/images/**", "/webjars/**",
              "/assets/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
              "/actuator/info").permitAll()
          .requestMatchers(POST, "/error").permitAll()
          .requestMatchers(GET, "/actuator/prometheus").hasRole("ADMINISTRATOR")
          .requestMatchers(POST, "/logout").authenticated()
          // The API's description: anyone signed in.
          .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
              "/swagger-ui/**").authenticated();
      features.forEach(f -> f.authorize(auth));
      auth.anyRequest().authenticated();
    });
  }
}
