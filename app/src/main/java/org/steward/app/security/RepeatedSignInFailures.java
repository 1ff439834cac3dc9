package org.steward.app.security;

/**
 * Someone typed a wrong password for this person's account several times in a row. The
 * notifications feature tells the person (in the app and by e-mail); nothing is locked.
 */
public record RepeatedSignInFailures(long personId, int failures) {}
