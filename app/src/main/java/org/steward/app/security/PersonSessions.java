package org.steward.app.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every session of a person can be found and ended at once. Sessions are stored in the database
 * (Spring Session JDBC), indexed by the signed-in person's id rather than a username (which an
 * OIDC sign-in does not have); when a person leaves or their roles change, all their sessions are
 * deleted, on every app node at once, because no node keeps a session of its own.
 */
@Configuration(proxyBeanMethods = false)
class PersonSessions {
  private static final Logger log = LoggerFactory.getLogger(PersonSessions.class);

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  PersonSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** The person a session belongs to, for the principal-name index. */
  static final class PersonIndex implements IndexResolver<Session> {
    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
      Object context = session.getAttribute(
          HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
      if (context instanceof SecurityContext c && c.getAuthentication() != null
          && c.getAuthentication().getPrincipal() instanceof StewardPrincipal p) {
        return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
            Long.toString(p.personId()));
      }
      return Map.of();
    }
  }

  @Bean
  static SessionRepositoryCustomizer<JdbcIndexedSessionRepository> indexSessionsByPerson() {
    return repository -> repository.setIndexResolver(new PersonIndex());
  }

  /** Ends every session of the person once the change commits. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(PersonAccessChanged event) {
    int ended = endAll(event.personId());
    log.info("Ended {} session(s) of person {}: {}", ended, event.personId(), event.why());
  }

  int endAll(long personId) {
    var found = sessions.findByPrincipalName(Long.toString(personId));
    found.keySet().forEach(sessions::deleteById);
    return found.size();
  }
}
