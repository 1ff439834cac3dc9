package org.steward.app.web;

/**
 * The change cannot be made in the record's present state (an account that is closed cannot be
 * suspended; a request already has this approval): 409 problem+json with the sentence, which says
 * what is possible instead; a page shows it at the top. Nothing was written. Features throw it
 * from the one method that changes the record, never a bare {@link IllegalStateException} (which
 * stays a server error: a bug, not a person's mistake).
 */
public class IllegalTransition extends IllegalStateException {
  public IllegalTransition(String message) {
    super(message);
  }
}
