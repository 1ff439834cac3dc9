package org.steward.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this client or for this account name: wait, then try again. */
class SignInThrottled extends AuthenticationException {
  private final Duration wait;

  SignInThrottled(Duration wait) {
    super("sign-in throttled for " + wait.toSeconds() + " s");
    this.wait = wait;
  }

  Duration waitFor() {
    return wait;
  }
}
