package org.steward.app.security;

import org.steward.app.identity.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When the person making this request last proved who they are, for actions that need a recent
 * proof (revealing a secret). Only three things count: an interactive sign-in (a password checked
 * by Steward, or the organisation's identity provider), a password typed again to confirm, and,
 * on the stateless API, the HTTP Basic password checked for this very request. The presence of a
 * header, or a session of someone else, never counts.
 */
@Component
public class RecentSignIn {
  /** Session attribute: the person's last interactive sign-in or password confirmation. */
  static final String ATTRIBUTE = "steward.signed-in-at";
  /** Request attribute set by {@link PasswordCheckedMarker} on the stateless API. */
  static final String PASSWORD_CHECKED = "steward.password-checked-at";

  /** Who proved it, and when: a proof counts only for the person who gave it. */
  record Proof(long personId, Instant at) implements Serializable {}

  private final Clock clock;

  RecentSignIn(Clock clock) {
    this.clock = clock;
  }

  @EventListener
  void onSignIn(InteractiveAuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StewardPrincipal p
        && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      attrs.getRequest().getSession(true).setAttribute(ATTRIBUTE, new Proof(p.personId(), clock.instant()));
    }
  }

  /** The person typed their password again and it was right. */
  public void passwordConfirmed(HttpServletRequest request, Actor actor) {
    if (actor.personId() != null) {
      request.getSession(true).setAttribute(ATTRIBUTE, new Proof(actor.personId(), clock.instant()));
    }
  }

  /** When {@code actor} last proved who they are on this request or its session; null if never. */
  public Instant signedInAt(HttpServletRequest request, Actor actor) {
    if (actor.personId() == null) {
      return null;
    }
    Object checked = request.getAttribute(PASSWORD_CHECKED);
    if (checked instanceof Proof p) {
      return p.personId() == actor.personId() ? p.at() : null;
    }
    HttpSession s = request.getSession(false);
    return s != null && s.getAttribute(ATTRIBUTE) instanceof Proof p && p.personId() == actor.personId()
        ? p.at() : null;
  }
}
