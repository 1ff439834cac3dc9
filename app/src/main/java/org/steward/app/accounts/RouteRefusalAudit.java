package org.steward.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.audit.AuditTrail;
import org.steward.app.security.Actor;
import org.steward.app.security.StewardPrincipal;

/**
 * A signed-in person refused an accounts route by its role rule (403) leaves an audit entry, as
 * does a refusal by the accounts service: someone trying to reveal a secret or approve without
 * the role is worth knowing about. Spring Security publishes denials once an
 * {@link AuthorizationEventPublisher} bean exists; only accounts routes are recorded here.
 */
@Configuration(proxyBeanMethods = false)
class RouteRefusalAudit {
  private static final Pattern ID = Pattern.compile("^/(?:api/v1/)?accounts/(\\d+)");

  private final AuditTrail audit;
  private final TransactionTemplate separate;

  RouteRefusalAudit(AuditTrail audit, PlatformTransactionManager tx) {
    this.audit = audit;
    this.separate = new TransactionTemplate(tx);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Bean
  AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
    return new SpringAuthorizationEventPublisher(publisher);
  }

  @EventListener
  void onDenied(AuthorizationDeniedEvent<?> event) {
    if (!(event.getObject() instanceof HttpServletRequest request)) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/accounts") && !path.startsWith("/api/v1/accounts")) {
      return;
    }
    Authentication auth = event.getAuthentication().get();
    if (auth == null || !(auth.getPrincipal() instanceof StewardPrincipal p)) {
      return; // nobody signed in: a sign-in prompt, not a refusal
    }
    Matcher m = ID.matcher(path);
    String id = m.find() ? m.group(1) : "0";
    separate.executeWithoutResult(s -> audit.record(Actor.of(p), "account.refused", "account", id,
        "route " + request.getMethod() + " " + path + ": the role does not allow it"));
  }
}
