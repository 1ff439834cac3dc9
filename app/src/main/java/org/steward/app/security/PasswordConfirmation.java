package org.steward.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.steward.app.identity.Actor;

/**
 * Asking a signed-in person for their Steward password again before a sensitive action (revealing
 * a secret). A right password counts as a recent sign-in ({@link RecentSignIn}); wrong ones are
 * counted in the session, and after {@link #MAX_TRIES} the session can confirm nothing more until a
 * fresh sign-in (which goes through the sign-in throttle), so a borrowed session cannot be used to
 * guess the password. People who sign in only with their organisation account have no password
 * here and are asked to sign in again.
 */
@Component
public class PasswordConfirmation {
  /** Wrong passwords allowed per session before a fresh sign-in is needed. */
  public static final int MAX_TRIES = 5;
  static final String FAILURES = "steward.reveal-password-failures";

  /** What typing the password again did. */
  public enum Outcome { CONFIRMED, WRONG, TOO_MANY }

  private final SignInDirectory directory;
  private final PasswordEncoder encoder;
  private final RecentSignIn recentSignIn;
  private final Clock clock;

  PasswordConfirmation(SignInDirectory directory, PasswordEncoder encoder,
      RecentSignIn recentSignIn, Clock clock) {
    this.directory = directory;
    this.encoder = encoder;
    this.recentSignIn = recentSignIn;
    this.clock = clock;
  }

  /** Checks the password {@code actor} typed again; a right one is a recent sign-in from now. */
  public Outcome confirm(HttpServletRequest request, Actor actor, String password) {
    HttpSession session = request.getSession(true);
    int failures = session.getAttribute(FAILURES) instanceof Integer i ? i : 0;
    if (failures >= MAX_TRIES) {
      return Outcome.TOO_MANY;
    }
    if (matches(actor, password)) {
      session.removeAttribute(FAILURES);
      recentSignIn.passwordConfirmed(request, actor);
      return Outcome.CONFIRMED;
    }
    session.setAttribute(FAILURES, failures + 1);
    return Outcome.WRONG;
  }

  /** Whether {@code actor} must type their password before acting: no proof within {@code within}. */
  public boolean needed(HttpServletRequest request, Actor actor, Duration within) {
    Instant at = recentSignIn.signedInAt(request, actor);
    return at == null || at.isBefore(clock.instant().minus(within));
  }

  /** Whether the person signs in with a Steward password (not only with Entra ID or Google). */
  public boolean hasLocalPassword(Actor actor) {
    return actor.personId() != null && directory.byId(actor.personId())
        .filter(r -> r.passwordHash() != null).isPresent();
  }

  private boolean matches(Actor actor, String password) {
    if (actor.personId() == null || password == null) {
      return false;
    }
    return directory.byId(actor.personId())
        .filter(r -> r.enabled() && r.passwordHash() != null)
        .map(r -> encoder.matches(password, r.passwordHash())).orElse(false);
  }
}
