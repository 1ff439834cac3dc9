package org.steward.app.web;

/**
 * The action (revealing a secret) needs a sign-in within the last few minutes, or the password
 * typed again: 401 problem+json for the API; pages catch it and ask for the password.
 */
public class RecentSignInRequired extends RuntimeException {
  public RecentSignInRequired() {
    super("Confirm your password to do this.");
  }
}
