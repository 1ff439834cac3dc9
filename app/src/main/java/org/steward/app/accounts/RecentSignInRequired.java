package org.steward.app.accounts;

/** Revealing a secret needs a sign-in within the last few minutes; ask for the password again. */
public class RecentSignInRequired extends RuntimeException {
  public RecentSignInRequired() {
    super("Confirm your password to reveal a secret.");
  }
}
