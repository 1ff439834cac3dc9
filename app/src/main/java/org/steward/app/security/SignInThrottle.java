package org.steward.app.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.steward.app.people.People;

/**
 * Locks a local account for a while after repeated wrong passwords, so passwords cannot be
 * guessed by brute force. The lock is stored with the person, so it holds across app nodes.
 */
@Component
class SignInThrottle {
  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final People people;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  SignInThrottle(People people, Clock clock,
      @Value("${steward.sign-in.max-failures:5}") int maxFailures,
      @Value("${steward.sign-in.lockout:PT15M}") Duration lockout) {
    this.people = people;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    people.credentials(username).ifPresent(c -> {
      int failures = c.failedSignIns() + 1;
      boolean lock = failures >= maxFailures;
      people.recordFailedSignIn(c.personId(), lock ? 0 : failures,
          lock ? clock.instant().plus(lockout) : c.lockedUntil());
      if (lock) {
        log.warn("Sign-in locked for person {} after {} failures", c.personId(), failures);
      }
    });
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StewardPrincipal p) {
      people.recordSuccessfulSignIn(p.personId());
    }
  }
}
